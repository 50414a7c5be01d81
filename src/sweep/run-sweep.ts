import type { AppContext, SweepStep } from '../context.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { AppError } from '../kernel/errors.ts';
import { SWEEP_STEPS } from './registry.ts';
import * as repo from './sweep.repo.ts';

export interface SweepProgress {
  step: string;
  orgId: string;
  examined: number;
  total: number | null;
}

export interface SweepOptions {
  asOf: string;
  steps?: readonly SweepStep[];
  onProgress?: (p: SweepProgress) => void;
  /** Fault injection for the kill-and-rerun test: called inside each acting transaction. */
  beforeCommit?: () => void;
  /** The data directory (the evidence anchors file); without it the anchor step publishes nothing. */
  dataDir?: string;
}

export interface SweepReport {
  asOf: string;
  steps: Array<{ orgId: string; step: string; status: 'ran' | 'already-done'; examined: number; acted: number }>;
}

/**
 * Runs every step for every organisation as of a date. A step already completed for that day
 * is skipped, so a second run writes nothing; a run killed midway resumes where it stopped,
 * because each step's effects are idempotent. One sweep at a time (lock).
 */
export async function runSweep(ctx: AppContext, handle: DatabaseHandle, options: SweepOptions): Promise<SweepReport> {
  const steps = options.steps ?? SWEEP_STEPS;
  const result = await repo.withSweepLock(handle, ctx.now, async () => {
    const report: SweepReport = { asOf: options.asOf, steps: [] };
    for (const { id: orgId } of await repo.listOrganisations(ctx.db)) {
      for (const step of steps) {
        // Left for a later run that has the data directory (the demo seed replaying past days has none).
        if (step.needsDataDir && !options.dataDir) continue;
        const done = await repo.findRun(ctx.db, orgId, step.id, options.asOf);
        if (done?.status === 'done') {
          report.steps.push({
            orgId,
            step: step.id,
            status: 'already-done',
            examined: done.examined,
            acted: done.acted,
          });
          continue;
        }
        await repo.startRun(ctx.db, orgId, step.id, options.asOf, ctx.now().toISOString());
        let examined = 0;
        let total: number | null = null;
        const progress = () => options.onProgress?.({ step: step.id, orgId, examined, total });
        const counts = await step.run(ctx, {
          orgId,
          asOf: options.asOf,
          onTotal: (n) => {
            total = n;
            progress();
          },
          onItem: () => {
            examined++;
            progress();
          },
          beforeCommit: () => options.beforeCommit?.(),
          ...(options.dataDir ? { dataDir: options.dataDir } : {}),
        });
        await repo.finishRun(
          ctx.db,
          orgId,
          step.id,
          options.asOf,
          ctx.now().toISOString(),
          counts.examined,
          counts.acted,
        );
        report.steps.push({ orgId, step: step.id, status: 'ran', ...counts });
      }
    }
    return report;
  });
  if (!result) throw new AppError('sweep.locked');
  return result;
}
