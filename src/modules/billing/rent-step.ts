import type { AppContext, SweepStep } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { earliestUnbilledEffectiveDate } from './billing.repo.ts';
import { nextPeriod, oldestCatchUpPeriod, periodBounds, previousPeriod } from './rent-lines.ts';
import { runRentBilling } from './run-billing.ts';

export { MAX_CATCH_UP_MONTHS, oldestCatchUpPeriod } from './rent-lines.ts';

/**
 * The months the sweep bills on a day of `current`, oldest first: from the month of the earliest
 * effective date still unbilled (when there is one), or else the previous month, up to the current
 * month — never more than MAX_CATCH_UP_MONTHS before it.
 */
export function periodsToBill(current: string, earliestUnbilled: string | null): string[] {
  let from = previousPeriod(current);
  if (earliestUnbilled !== null && earliestUnbilled.slice(0, 7) < from) from = earliestUnbilled.slice(0, 7);
  const oldest = oldestCatchUpPeriod(current);
  if (from < oldest) from = oldest;
  const periods: string[] = [];
  for (let p = from; p <= current; p = nextPeriod(p)) periods.push(p);
  return periods;
}

/** The periods to bill as of a day: one query finds the earliest unbilled effective month. */
async function periodsDue(ctx: AppContext, orgId: string, asOf: string): Promise<string[]> {
  const current = asOf.slice(0, 7);
  const since = periodBounds(oldestCatchUpPeriod(current)).start;
  return periodsToBill(current, await earliestUnbilledEffectiveDate(ctx.db, orgId, since, asOf));
}

/**
 * Sweep step (art. 10.1; rents payable in advance, LEGAL.md §6.2): every day, bills the rents of
 * the month the day falls in. Idempotent: a contract already billed for the month is skipped
 * (billing key), so the first day of the month bills them all and later days only the contracts
 * that started since. It first catches up the months before, oldest first: every month from the
 * earliest effective date of a contract not yet billed for it — a contract acknowledged in March
 * with an effective date in January (the order date, art. 15.1) has its January and February rents
 * billed too — and at least the previous month (a month in which no sweep ran at all), at most
 * MAX_CATCH_UP_MONTHS back. All are issued with the day's date, the oldest month first, so the
 * numbers follow the months; a day before the last invoice's date (a simulated past day) bills
 * nothing, numbers staying chronological.
 */
export const rentBillingStep: SweepStep = {
  id: 'billing.rent',
  article: '10.1',
  title: { fr: 'Facturation des loyers du mois (terme à échoir)', en: "Billing of the month's rents (in advance)" },
  async run(ctx, run) {
    const current = run.asOf.slice(0, 7);
    let examined = 0;
    let totalKnown = false;
    let seen = 0;
    let acted = 0;
    try {
      for (const period of await periodsDue(ctx, run.orgId, run.asOf)) {
        const isCurrent = period === current;
        const report = await runRentBilling(ctx, {
          orgId: run.orgId,
          period,
          issueDate: run.asOf,
          actorId: 'system:sweep',
          skipWhenNothingToBill: true,
          ...(isCurrent
            ? {
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
              }
            : {}),
          beforeCommit: () => run.beforeCommit(),
        });
        // A month caught up with nothing left to bill examined nothing worth reporting.
        seen += !isCurrent && report.status === 'nothing-to-bill' ? 0 : report.contractsSeen;
        acted += report.invoicesCreated;
      }
      return { examined: seen, acted };
    } catch (e) {
      if (e instanceof AppError && e.code === 'invoice.issue_date_out_of_order') return { examined, acted };
      throw e;
    }
  },
};
