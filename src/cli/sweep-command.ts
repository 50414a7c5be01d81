import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { parisDate } from '../context.ts';
import { isCivilDate } from '../kernel/dates.ts';
import { runSweep } from '../sweep/run-sweep.ts';

/**
 * `sweep [--as-of DATE]`: the daily run of time-based rules. CLAUSIER_SWEEP_KILL_AFTER=N is a
 * test-only fault injection: the process kills itself inside the (N+1)th acting transaction.
 */
export function registerSweepCommand(program: Command) {
  program
    .command('sweep')
    .option('--as-of <date>', 'the day to run for (default: today in Europe/Paris)')
    .option('--no-progress', 'no progress bar')
    .description('Apply the time-based rules as of a date (idempotent; one sweep at a time)')
    .action(async (opts: { asOf?: string; progress: boolean }) => {
      const config = loadConfig();
      const app = await openApp(config);
      const asOf = opts.asOf ?? parisDate(app.ctx.now());
      if (!isCivilDate(asOf)) {
        await app.close();
        process.exitCode = 2;
        throw new Error(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);
      }
      const killAfter = process.env.CLAUSIER_SWEEP_KILL_AFTER ? Number(process.env.CLAUSIER_SWEEP_KILL_AFTER) : null;
      let commits = 0;
      const bar =
        opts.progress && process.stderr.isTTY
          ? new cliProgress.SingleBar(
              { format: '{step} [{bar}] {value}/{total}', stream: process.stderr },
              cliProgress.Presets.shades_classic,
            )
          : null;
      let current = '';
      try {
        const report = await runSweep(app.ctx, app.handle, {
          asOf,
          dataDir: config.dataDir,
          onProgress: (p) => {
            if (!bar) return;
            if (p.step !== current) {
              if (current) bar.stop();
              current = p.step;
              bar.start(p.total ?? 0, p.examined, { step: p.step });
            }
            bar.setTotal(p.total ?? 0);
            bar.update(p.examined, { step: p.step });
          },
          beforeCommit: () => {
            if (killAfter !== null && ++commits > killAfter) process.kill(process.pid, 'SIGKILL');
          },
        });
        bar?.stop();
        for (const s of report.steps)
          console.log(`${asOf} ${s.step}: ${s.status}, ${s.examined} examined, ${s.acted} acted`);
      } finally {
        await app.close();
      }
    });
}
