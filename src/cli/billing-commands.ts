import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { parisDate } from '../context.ts';
import { isCivilDate } from '../kernel/dates.ts';
import { DEFAULT_BATCH_SIZE, isPeriod, listBillingRuns, runRentBilling } from '../modules/billing/index.ts';
import { defaultOrganisation } from '../modules/organisations/index.ts';

/**
 * `billing run --period YYYY-MM [--as-of DATE]` and `billing runs`: the monthly rent billing
 * (art. 10.1). CLAUSIER_BILLING_KILL_AFTER=N is a test-only fault injection: the process kills
 * itself inside the (N+1)th batch transaction, before it commits.
 */
export function registerBillingCommands(program: Command) {
  const billing = program.command('billing').description('Monthly rent billing (art. 10.1: rents invoiced in advance)');

  billing
    .command('run')
    .requiredOption('--period <month>', 'the month to bill, YYYY-MM')
    .option('--as-of <date>', 'the issue date of the invoices (default: today in Europe/Paris)')
    .option('--batch-size <n>', `contracts per transaction (default ${DEFAULT_BATCH_SIZE})`)
    .option('--no-progress', 'no progress bar')
    .description(
      'Bill the rents of a month: one invoice per contract, issued at once; rerun it after an interruption (idempotent)',
    )
    .action(async (opts: { period: string; asOf?: string; batchSize?: string; progress: boolean }) => {
      const batchSize = opts.batchSize === undefined ? DEFAULT_BATCH_SIZE : Number(opts.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5_000) {
        process.exitCode = 2;
        throw new Error(`--batch-size must be an integer from 1 to 5000, got "${opts.batchSize}"`);
      }
      if (!isPeriod(opts.period)) {
        process.exitCode = 2;
        throw new Error(`--period must be a month YYYY-MM, got "${opts.period}"`);
      }
      if (opts.asOf !== undefined && !isCivilDate(opts.asOf)) {
        process.exitCode = 2;
        throw new Error(`--as-of must be a date YYYY-MM-DD, got "${opts.asOf}"`);
      }
      const app = await openApp(loadConfig());
      try {
        const org = await defaultOrganisation(app.ctx);
        if (!org) throw new Error('no organisation in this database');
        const issueDate = opts.asOf ?? parisDate(app.ctx.now());
        const killAfter = process.env.CLAUSIER_BILLING_KILL_AFTER
          ? Number(process.env.CLAUSIER_BILLING_KILL_AFTER)
          : null;
        let commits = 0;
        const bar =
          opts.progress && process.stderr.isTTY
            ? new cliProgress.SingleBar(
                {
                  format: 'Loyers {period} [{bar}] {value}/{total} contrats | {created} factures | {eta_formatted}',
                  stream: process.stderr,
                },
                cliProgress.Presets.shades_classic,
              )
            : null;
        let started = false;
        const t0 = performance.now();
        const report = await runRentBilling(app.ctx, {
          orgId: org.id,
          period: opts.period,
          issueDate,
          actorId: 'system:cli',
          batchSize,
          onProgress: (p) => {
            if (!started) {
              started = true;
              console.log(
                `billing run ${p.runId} for ${p.period}: ${p.total} contracts with rent, ${p.seen} already billed or financed`,
              );
              bar?.start(p.total, p.seen, { period: p.period, created: p.created });
            }
            bar?.update(p.seen, { period: p.period, created: p.created });
          },
          beforeCommit: () => {
            if (killAfter !== null && ++commits > killAfter) process.kill(process.pid, 'SIGKILL');
          },
        });
        bar?.stop();
        const seconds = ((performance.now() - t0) / 1000).toFixed(1);
        console.log(
          `${report.period}: ${report.invoicesCreated} invoices issued${report.firstNumber ? ` (${report.firstNumber} … ${report.lastNumber})` : ''}, ` +
            `${report.alreadyBilled} already billed, ${report.skippedLessor} financed by a lessor (skipped), ${report.contractsTotal} contracts, ${seconds} s`,
        );
      } finally {
        await app.close();
      }
    });

  billing
    .command('runs')
    .option('--period <month>', 'only this month')
    .description('List the billing runs, latest first')
    .action(async (opts: { period?: string }) => {
      const app = await openApp(loadConfig());
      try {
        const org = await defaultOrganisation(app.ctx);
        if (!org) throw new Error('no organisation in this database');
        const runs = await listBillingRuns(app.ctx, org.id, {
          ...(opts.period ? { period: opts.period } : {}),
          limit: 50,
        });
        for (const r of runs)
          console.log(
            `${r.startedAt} ${r.period} ${r.status}: ${r.invoicesCreated} invoices, ${r.contractsSeen}/${r.contractsTotal ?? '?'} contracts, ${r.skippedLessor} financed, ${r.alreadyBilled} already billed`,
          );
      } finally {
        await app.close();
      }
    });
}
