/**
 * Gapless invoice numbering under concurrency (CGI ann. II art. 242 nonies A 7°: "numéro unique
 * basé sur une séquence chronologique et continue"), on PostgreSQL where transactions really run
 * side by side: 8 issuers on a pool of 12 connections issue 250 drafts through issueWithin, some
 * of their transactions rolled back after taking a number; then a billing run (batches of
 * numbers) runs while single issues go on. No duplicate, no hole, numbers in issue order.
 * Each test has a database of its own and awaits all its issuers, even when it times out; the
 * 10,000-invoice figure is a benchmark (`npm run bench invoice-numbering`).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { runRentBilling } from '../../src/modules/billing/index.ts';
import { issueContext, type IssueContext } from '../../src/modules/invoices/index.ts';
import {
  firstOutOfSequence,
  inIssueOrder,
  insertClient,
  insertDrafts,
  issueConcurrently,
} from '../helpers/concurrent-issue.ts';
import { seedRentalContracts } from '../helpers/rental-samples.ts';
import { DIALECTS, freshDatabase, type TestDb } from '../helpers/db.ts';

const ISSUERS = 8;
const DRAFTS = 250;

function expectGaplessInOrder(numbers: string[]) {
  // In issue order the numbers are exactly 1, 2, 3, …: no duplicate, no hole, increasing.
  const { index, around } = firstOutOfSequence(numbers);
  expect(index, index >= 0 ? `at ${index}: ${around}` : '').toBe(-1);
}

// Concurrency is PostgreSQL's case (SQLite has a single writer); a SQLite-only run says so.
if (!DIALECTS.includes('postgres'))
  describe.skip('gapless invoice numbers under concurrency: PostgreSQL not in this run', () =>
    it('needs PostgreSQL', () => {}));
for (const dialect of DIALECTS.filter((d) => d === 'postgres')) {
  describe(`gapless invoice numbers under concurrency [${dialect}]`, () => {
    // Each test: a database of its own (a pool of 12 connections), and the work it started,
    // awaited before the database closes even if the test timed out.
    let t: TestDb | undefined;
    let running: Promise<unknown> = Promise.resolve();
    afterEach(async () => {
      await running.catch(() => {});
      await t?.cleanup();
      t = undefined;
    });
    async function setUp(): Promise<{ t: TestDb; clientId: string; ic: IssueContext }> {
      t = await freshDatabase(dialect);
      t.setNow('2026-03-02T09:00:00Z');
      const clientId = await insertClient(t);
      return {
        t,
        clientId,
        ic: await issueContext(t.ctx, t.orgId, { client_id: clientId, terms_version: null }, '2026-03-02'),
      };
    }
    /** Remembers work the test started: afterEach awaits all of it settled, whichever part fails first. */
    const track = <T extends readonly unknown[]>(...work: { [K in keyof T]: Promise<T[K]> }): Promise<T> => {
      running = Promise.allSettled(work);
      return Promise.all(work) as Promise<T>;
    };

    it(`${ISSUERS} concurrent issuers, ${DRAFTS} invoices: no duplicate, no hole, numbers in issue order`, async ({
      signal,
    }) => {
      const { t, clientId, ic } = await setUp();
      const ids = await insertDrafts(t, clientId, DRAFTS);
      const [rolledBack] = await track(issueConcurrently(t, ic, ids, { workers: ISSUERS, rollBackEvery: 17, signal }));
      expect(rolledBack).toBe(Math.ceil(DRAFTS / 17));

      const order = await inIssueOrder(t);
      expect(order).toHaveLength(DRAFTS);
      expectGaplessInOrder(order.map((r) => r.number!));
      const drafts = await t.ctx.db
        .selectFrom('invoices')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '=', 'draft')
        .executeTakeFirstOrThrow();
      expect(Number(drafts.n)).toBe(0);
      const counter = await t.ctx.db
        .selectFrom('document_sequences')
        .select('last_value')
        .where('org_id', '=', t.orgId)
        .where('series', '=', 'F')
        .where('year', '=', 2026)
        .executeTakeFirstOrThrow();
      expect(Number(counter.last_value)).toBe(DRAFTS);
      expect(await verifyEvidence(t.ctx.db, t.ctx.dialect)).toMatchObject({ ok: true });
    });

    it('a billing run (numbers taken by batches) alongside single issues keeps the sequence whole', async ({
      signal,
    }) => {
      const { t, clientId, ic } = await setUp();
      await seedRentalContracts(t.ctx, { orgId: t.orgId, count: 300, prefix: 'conc-' });
      const ids = await insertDrafts(t, clientId, 150);
      // The single issuers start once the run has committed its first batch, so both take numbers side by side.
      let firstBatch!: () => void;
      const firstBatchDone = new Promise<void>((resolve) => (firstBatch = resolve));
      const billing = runRentBilling(t.ctx, {
        orgId: t.orgId,
        period: '2026-03',
        issueDate: '2026-03-02',
        actorId: 'test',
        batchSize: 20,
        onProgress: (p) => p.created > 0 && firstBatch(),
      }).finally(() => firstBatch());
      const singles = firstBatchDone.then(() =>
        issueConcurrently(t, ic, ids, { workers: 4, rollBackEvery: 29, signal }),
      );
      const [report, rolledBack] = await track(billing, singles);
      expect(report.invoicesCreated).toBeGreaterThan(200);
      expect(rolledBack).toBe(Math.ceil(150 / 29));
      const order = await inIssueOrder(t);
      expect(order).toHaveLength(150 + report.invoicesCreated);
      expectGaplessInOrder(order.map((r) => r.number!));
      // The batches interleaved with the single issues (each batch's numbers are consecutive).
      const origins = order.map((r) => r.origin);
      const switches = origins.filter((o, i) => i > 0 && o !== origins[i - 1]).length;
      expect(switches).toBeGreaterThan(1);
      expect(await verifyEvidence(t.ctx.db, t.ctx.dialect)).toMatchObject({ ok: true });
    });
  });
}
