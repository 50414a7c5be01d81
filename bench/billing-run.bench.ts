/**
 * The monthly rent billing run over 100,000 rental contracts on SQLite (target ≤ 60 s on 2
 * cores): contracts written in bulk to a temporary file, then the run of March 2026 timed, with
 * its peak memory; the result is checked (one invoice per contract, numbers 1…N, evidence
 * verifies) and an idempotent rerun is timed too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../src/app.ts';
import { verifyEvidence } from '../src/evidence/index.ts';
import { runRentBilling } from '../src/modules/billing/index.ts';
import { seedRentalContracts } from '../test/helpers/rental-samples.ts';

const CONTRACTS = Number(process.env.BENCH_BILLING_CONTRACTS ?? 100_000);
const BATCH = Number(process.env.BENCH_BILLING_BATCH ?? 500);
const mb = (bytes: number) => Math.round(bytes / 1048576);

export async function runBillingRunBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-billing-'));
  const app = await openApp(
    { databaseUrl: `sqlite:${path.join(dir, 'billing.db')}` },
    () => new Date('2026-03-02T01:00:00Z'),
  );
  try {
    const orgId = (await app.ctx.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    const genStart = performance.now();
    // Every 50th contract financed by a lessor (skipped); every 10th starts in March (prorated).
    await seedRentalContracts(app.ctx, { orgId, count: CONTRACTS, financed: (i) => i % 50 === 7 });
    const generateSeconds = (performance.now() - genStart) / 1000;

    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    let heapPeak = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      rssPeak = Math.max(rssPeak, m.rss);
      heapPeak = Math.max(heapPeak, m.heapUsed);
    }, 50);
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    const report = await runRentBilling(app.ctx, {
      orgId,
      period: '2026-03',
      issueDate: '2026-03-02',
      actorId: 'bench',
      batchSize: BATCH,
    });
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);

    const rerunStart = performance.now();
    const rerun = await runRentBilling(app.ctx, {
      orgId,
      period: '2026-03',
      issueDate: '2026-03-02',
      actorId: 'bench',
      batchSize: BATCH,
    });
    const rerunSeconds = (performance.now() - rerunStart) / 1000;

    const issued = await app.ctx.db
      .selectFrom('invoices')
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn.max('number').as('last'),
        eb.fn.sum<number>('gross_cents').as('gross'),
      ])
      .where('origin', '=', 'rent')
      .executeTakeFirstOrThrow();
    const lines = await app.ctx.db
      .selectFrom('invoice_lines')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const verifyStart = performance.now();
    const evidence = await verifyEvidence(app.ctx.db, app.ctx.dialect);
    const verifySeconds = (performance.now() - verifyStart) / 1000;
    const expectedLast = `F-2026-${String(report.invoicesCreated).padStart(7, '0')}`;
    if (
      Number(issued.n) !== report.invoicesCreated ||
      issued.last !== expectedLast ||
      !evidence.ok ||
      rerun.invoicesCreated !== 0
    ) {
      throw new Error(
        `billing run check failed: ${JSON.stringify({ issued, expectedLast, evidence: evidence.firstBroken, rerun })}`,
      );
    }
    return {
      name: 'billing-run',
      contracts: CONTRACTS,
      batchSize: BATCH,
      invoices: report.invoicesCreated,
      invoiceLines: Number(lines.n),
      skippedLessor: report.skippedLessor,
      batches: report.batches,
      seconds: Number(seconds.toFixed(2)),
      invoicesPerSecond: Math.round(report.invoicesCreated / seconds),
      target: { maxSeconds: 60 },
      cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
      rssBeforeMb: mb(rssBefore),
      rssPeakMb: mb(rssPeak),
      heapPeakMb: mb(heapPeak),
      rerunSeconds: Number(rerunSeconds.toFixed(2)),
      evidenceVerifySeconds: Number(verifySeconds.toFixed(2)),
      generateSeconds: Number(generateSeconds.toFixed(1)),
      databaseMb: mb(fs.statSync(path.join(dir, 'billing.db')).size),
      loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))),
    };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
