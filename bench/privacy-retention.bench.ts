/**
 * The personal-data retention sweep step (art. 17.2) on SQLite: N clients (default 20,000), each
 * with two contacts, a third of them ended more than 5 years ago (an end entered by hand), so the
 * step derives the end of every client, evaluates the rule and erases a third — contacts, portal
 * users, e-mails — each in its own transaction with its decision in the evidence log. Then the
 * retention calendar (the same derivation, read-only), and `evidence verify` with documents.
 *
 * `npm run bench privacy-retention`; BENCH_PRIVACY_CLIENTS=2000 for a quick run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../src/app.ts';
import { verifyEvidence } from '../src/evidence/index.ts';
import { personalDataRetentionStep, relationshipEnds } from '../src/modules/privacy/index.ts';

const CLIENTS = Number(process.env.BENCH_PRIVACY_CLIENTS ?? 20_000);
const AS_OF = '2026-03-02';

export async function runPrivacyRetentionBench(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-bench-privacy-'));
  const app = await openApp(
    { databaseUrl: `sqlite:${path.join(dir, 'privacy.db')}` },
    () => new Date(`${AS_OF}T03:00:00Z`),
  );
  try {
    const orgId = (await app.ctx.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    const sqlite = app.handle.sqlite!;
    const at = '2020-01-01T00:00:00.000Z';
    const insertClient = sqlite.prepare(
      `insert into clients (id, org_id, legal_name, siren, address_line, postal_code, city, country, email, phone,
        relationship_ended_on, created_at, updated_at) values (?, ?, ?, '552081317', '1 rue', '75001', 'Paris', 'FR', ?, '0102030405', ?, ?, ?)`,
    );
    const insertContact = sqlite.prepare(
      `insert into client_contacts (id, org_id, client_id, name, title, email, phone, created_at, updated_at)
        values (?, ?, ?, ?, 'Acheteur', ?, '0600000000', ?, ?)`,
    );
    const started = performance.now();
    sqlite.transaction(() => {
      for (let i = 0; i < CLIENTS; i++) {
        const id = `c${String(i).padStart(7, '0')}`;
        insertClient.run(
          id,
          orgId,
          `Client ${i}`,
          `contact${i}@client.example`,
          i % 3 === 0 ? '2020-06-30' : null,
          at,
          at,
        );
        for (const k of [1, 2])
          insertContact.run(`${id}-${k}`, orgId, id, `Personne ${i}.${k}`, `p${i}.${k}@client.example`, at, at);
      }
    })();
    const seedSeconds = (performance.now() - started) / 1000;

    const calendarStart = performance.now();
    const calendar = await relationshipEnds(app.ctx.db, orgId, AS_OF);
    const calendarSeconds = (performance.now() - calendarStart) / 1000;

    const rss0 = process.memoryUsage().rss;
    const stepStart = performance.now();
    let examined = 0;
    const report = await personalDataRetentionStep.run(app.ctx, {
      orgId,
      asOf: AS_OF,
      onTotal: (n) => (examined = n),
      onItem: () => {},
      beforeCommit: () => {},
    });
    const stepSeconds = (performance.now() - stepStart) / 1000;
    const verifyStart = performance.now();
    const verify = await verifyEvidence(app.ctx.db, app.ctx.dialect, { documents: true });
    const verifySeconds = (performance.now() - verifyStart) / 1000;
    return {
      name: 'privacy-retention',
      clients: CLIENTS,
      seedSeconds: Number(seedSeconds.toFixed(2)),
      calendar: { clients: calendar.length, seconds: Number(calendarSeconds.toFixed(3)) },
      step: {
        examined,
        acted: report.acted,
        seconds: Number(stepSeconds.toFixed(2)),
        erasedPerSecond: Math.round(report.acted / stepSeconds),
        rssGrowthMb: Math.round((process.memoryUsage().rss - rss0) / 1e6),
      },
      verify: { ok: verify.ok, entries: verify.entries, seconds: Number(verifySeconds.toFixed(2)) },
    };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
