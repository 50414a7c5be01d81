/** `evidence verify` over 1,000,000 chained entries on SQLite (target ≤ 10 s). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../src/app.ts';
import { canonicalJson, entryHash, GENESIS_HASH, verifyEvidence } from '../src/evidence/index.ts';

const ENTRIES = Number(process.env.BENCH_EVIDENCE_ENTRIES ?? 1_000_000);

export async function runEvidenceVerifyBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-ev-'));
  const app = await openApp({ databaseUrl: `sqlite:${path.join(dir, 'ev.db')}` });
  try {
    const orgId = (await app.ctx.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    const sqlite = app.handle.sqlite!;
    const insert = sqlite.prepare(
      'insert into evidence_entries (org_id, seq, kind, object_type, object_id, contract_id, actor, at, document_sha256, decision_json, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?,?,?)',
    );
    const genStart = performance.now();
    let prev = GENESIS_HASH;
    const batch = sqlite.transaction((from: number, to: number) => {
      for (let seq = from; seq <= to; seq++) {
        const decisionJson = canonicalJson({
          rule: 'invoice.late-payment',
          outcome: 'late',
          citation: { article: '10.3', termsVersion: 'ALLEO-1' },
          interestCents: seq % 9973,
          asOf: '2026-03-02',
        });
        const f = {
          orgId,
          seq,
          kind: 'decision',
          objectType: 'invoice',
          objectId: `INV-${seq}`,
          contractId: `C-${seq % 5000}`,
          actor: 'system:sweep',
          at: '2026-03-02T01:00:00.000Z',
          documentSha256: null,
          decisionJson,
        };
        const hash = entryHash(prev, f);
        insert.run(
          orgId,
          seq,
          f.kind,
          f.objectType,
          f.objectId,
          f.contractId,
          f.actor,
          f.at,
          null,
          decisionJson,
          prev,
          hash,
        );
        prev = hash;
      }
    });
    for (let from = 1; from <= ENTRIES; from += 50_000) batch(from, Math.min(ENTRIES, from + 49_999));
    sqlite.prepare('insert into evidence_heads (org_id, seq, hash) values (?,?,?)').run(orgId, ENTRIES, prev);
    const generateSeconds = (performance.now() - genStart) / 1000;
    const rssBefore = process.memoryUsage().rss;
    const start = performance.now();
    const report = await verifyEvidence(app.ctx.db, app.ctx.dialect);
    const seconds = (performance.now() - start) / 1000;
    if (!report.ok || report.entries !== ENTRIES)
      throw new Error(`verify failed: ${JSON.stringify(report.firstBroken)}`);
    return {
      name: 'evidence-verify',
      entries: ENTRIES,
      verifySeconds: Number(seconds.toFixed(2)),
      entriesPerSecond: Math.round(ENTRIES / seconds),
      target: { maxSeconds: 10 },
      generateSeconds: Number(generateSeconds.toFixed(1)),
      rssMb: Math.round(Math.max(rssBefore, process.memoryUsage().rss) / 1048576),
    };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
