import type { SweepStep } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { previousPeriod } from './rent-lines.ts';
import { runRentBilling } from './run-billing.ts';

/**
 * Sweep step (art. 10.1; rents payable in advance, LEGAL.md §6.2): every day, bills the rents of
 * the month the day falls in. Idempotent: a contract already billed for the month is skipped
 * (billing key), so the first day of the month bills them all and later days only the contracts
 * that started since. It first catches up the previous month: a contract acknowledged in early
 * February with an effective date in January (the order date, art. 15.1), or a month in which no
 * sweep ran at all, still has its January rent billed. Issued with the day's date; a day before
 * the last invoice's date (a simulated past day) bills nothing, numbers staying chronological.
 */
export const rentBillingStep: SweepStep = {
  id: 'billing.rent',
  article: '10.1',
  title: { fr: 'Facturation des loyers du mois (terme à échoir)', en: "Billing of the month's rents (in advance)" },
  async run(ctx, run) {
    let examined = 0;
    let totalKnown = false;
    try {
      const caughtUp = await runRentBilling(ctx, {
        orgId: run.orgId,
        period: previousPeriod(run.asOf.slice(0, 7)),
        issueDate: run.asOf,
        actorId: 'system:sweep',
        skipWhenNothingToBill: true,
        beforeCommit: () => run.beforeCommit(),
      });
      const report = await runRentBilling(ctx, {
        orgId: run.orgId,
        period: run.asOf.slice(0, 7),
        issueDate: run.asOf,
        actorId: 'system:sweep',
        skipWhenNothingToBill: true,
        onProgress: (p) => {
          if (!totalKnown) {
            totalKnown = true;
            run.onTotal(p.total);
          }
          while (examined < p.seen) {
            examined++;
            run.onItem();
          }
        },
        beforeCommit: () => run.beforeCommit(),
      });
      const caughtUpSeen = caughtUp.status === 'nothing-to-bill' ? 0 : caughtUp.contractsSeen;
      return { examined: report.contractsSeen + caughtUpSeen, acted: report.invoicesCreated + caughtUp.invoicesCreated };
    } catch (e) {
      if (e instanceof AppError && e.code === 'invoice.issue_date_out_of_order') return { examined, acted: 0 };
      throw e;
    }
  },
};
