/**
 * Gapless invoice numbering under load: 8 concurrent issuers issue 10,000 drafts (every 97th
 * first attempt rolled back after taking its number), timed; then the numbers are checked
 * (1…N in issue order, no draft left, the counter at N, evidence verifies). The correctness test
 * (test/integration/invoice-numbering.test.ts) runs the same issuers on 250 drafts.
 *
 * `npm run bench invoice-numbering`. PostgreSQL is the engine where issuers really run side by
 * side: BENCH_NUMBERING_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test runs there in a
 * schema of its own (dropped afterwards); by default a SQLite file in a temporary directory.
 * BENCH_NUMBERING_DRAFTS and BENCH_NUMBERING_ISSUERS change the size.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../src/app.ts';
import { verifyEvidence } from '../src/evidence/index.ts';
import { issueContext } from '../src/modules/invoices/index.ts';
import { adminQuery } from '../test/helpers/db.ts';
import {
  firstOutOfSequence,
  inIssueOrder,
  insertClient,
  insertDrafts,
  issueConcurrently,
} from '../test/helpers/concurrent-issue.ts';

const DRAFTS = Number(process.env.BENCH_NUMBERING_DRAFTS ?? 10_000);
const ISSUERS = Number(process.env.BENCH_NUMBERING_ISSUERS ?? 8);
const PG_URL = process.env.BENCH_NUMBERING_DATABASE_URL;

export async function runInvoiceNumberingBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-numbering-'));
  const schema = PG_URL ? `bench_numbering_${randomBytes(6).toString('hex')}` : undefined;
  if (schema) await adminQuery(`create schema ${schema}`, PG_URL);
  const app = await openApp(
    PG_URL ? { databaseUrl: PG_URL, pgSchema: schema } : { databaseUrl: `sqlite:${path.join(dir, 'numbering.db')}` },
    () => new Date('2026-03-02T09:00:00Z'),
  );
  try {
    const t = {
      ctx: app.ctx,
      orgId: (await app.ctx.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id,
    };
    const clientId = await insertClient(t);
    const ic = await issueContext(app.ctx, t.orgId, { client_id: clientId, terms_version: null }, '2026-03-02');
    const ids = await insertDrafts(t, clientId, DRAFTS);
    const start = performance.now();
    const rolledBack = await issueConcurrently(t, ic, ids, { workers: ISSUERS, rollBackEvery: 97 });
    const seconds = (performance.now() - start) / 1000;

    const order = await inIssueOrder(t);
    const outOfSequence = firstOutOfSequence(order.map((r) => r.number!));
    const drafts = await app.ctx.db
      .selectFrom('invoices')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'draft')
      .executeTakeFirstOrThrow();
    const evidence = await verifyEvidence(app.ctx.db, app.ctx.dialect);
    if (order.length !== DRAFTS || outOfSequence.index !== -1 || Number(drafts.n) !== 0 || !evidence.ok) {
      throw new Error(
        `numbering check failed: ${JSON.stringify({ issued: order.length, outOfSequence, drafts: Number(drafts.n), evidence: evidence.firstBroken })}`,
      );
    }
    return {
      name: 'invoice-numbering',
      engine: app.ctx.dialect,
      issuers: ISSUERS,
      invoices: DRAFTS,
      rolledBack,
      seconds: Number(seconds.toFixed(2)),
      invoicesPerSecond: Math.round(DRAFTS / seconds),
      loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))),
    };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
    if (schema) await adminQuery(`drop schema ${schema} cascade`, PG_URL);
  }
}
