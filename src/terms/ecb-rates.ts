/**
 * ECB main refinancing operations (MRO) rate history, shipped with the product (LEGAL.md §2.1,
 * effective dates, not announcement dates). From 28 June 2000 to 14 October 2008 the MRO ran as
 * variable-rate tenders and the figure is the minimum bid rate. Operators update the table from
 * the ECB CSV (ecb-csv.ts); an imported table replaces this one through mergeRateHistory.
 */
import { isCivilDate, semesterStart, type CivilDate } from '../kernel/dates.ts';
import { RATE_PERCENT_PATTERN } from '../kernel/money.ts';

/** One step of the rate: in force from effectiveFrom until the next step. */
export interface EcbRate {
  effectiveFrom: CivilDate;
  ratePercent: string;
}

const step = (effectiveFrom: CivilDate, ratePercent: string): EcbRate => ({ effectiveFrom, ratePercent });

/** The shipped MRO history, oldest first (latest known change: 11 June 2025, held on 5 Feb 2026). */
export const ECB_MRO_RATES: readonly EcbRate[] = Object.freeze([
  step('1999-01-01', '3.00'),
  step('1999-04-09', '2.50'),
  step('1999-11-05', '3.00'),
  step('2000-02-04', '3.25'),
  step('2000-03-17', '3.50'),
  step('2000-04-28', '3.75'),
  step('2000-06-09', '4.25'),
  step('2000-06-28', '4.25'), // switch to variable-rate tenders: same level, kept as listed
  step('2000-09-01', '4.50'),
  step('2000-10-06', '4.75'),
  step('2001-05-11', '4.50'),
  step('2001-08-31', '4.25'),
  step('2001-09-18', '3.75'),
  step('2001-11-09', '3.25'),
  step('2002-12-06', '2.75'),
  step('2003-03-07', '2.50'),
  step('2003-06-06', '2.00'),
  step('2005-12-06', '2.25'),
  step('2006-03-08', '2.50'),
  step('2006-06-15', '2.75'),
  step('2006-08-09', '3.00'),
  step('2006-10-11', '3.25'),
  step('2006-12-13', '3.50'),
  step('2007-03-14', '3.75'),
  step('2007-06-13', '4.00'),
  step('2008-07-09', '4.25'),
  step('2008-10-15', '3.75'),
  step('2008-11-12', '3.25'),
  step('2008-12-10', '2.50'),
  step('2009-01-21', '2.00'),
  step('2009-03-11', '1.50'),
  step('2009-04-08', '1.25'),
  step('2009-05-13', '1.00'),
  step('2011-04-13', '1.25'),
  step('2011-07-13', '1.50'),
  step('2011-11-09', '1.25'),
  step('2011-12-14', '1.00'),
  step('2012-07-11', '0.75'),
  step('2013-05-08', '0.50'),
  step('2013-11-13', '0.25'),
  step('2014-06-11', '0.15'),
  step('2014-09-10', '0.05'),
  step('2016-03-16', '0.00'),
  step('2022-07-27', '0.50'),
  step('2022-09-14', '1.25'),
  step('2022-11-02', '2.00'),
  step('2022-12-21', '2.50'),
  step('2023-02-08', '3.00'),
  step('2023-03-22', '3.50'),
  step('2023-05-10', '3.75'),
  step('2023-06-21', '4.00'),
  step('2023-08-02', '4.25'),
  step('2023-09-20', '4.50'),
  step('2024-06-12', '4.25'),
  step('2024-09-18', '3.65'),
  step('2024-10-23', '3.40'),
  step('2024-12-18', '3.15'),
  step('2025-02-05', '2.90'),
  step('2025-03-12', '2.65'),
  step('2025-04-23', '2.40'),
  step('2025-06-11', '2.15'),
]);

/** Index of the last step with effectiveFrom ≤ date, or -1 (binary search; rates sorted). */
function indexOn(rates: readonly EcbRate[], date: CivilDate): number {
  let lo = 0;
  let hi = rates.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rates[mid]!.effectiveFrom <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The rate in force on date (latest change ≤ date), or null before the first step. */
export function rateOn(rates: readonly EcbRate[], date: CivilDate): string | null {
  const i = indexOn(rates, date);
  return i < 0 ? null : rates[i]!.ratePercent;
}

/** The rate in force on 1 January or 1 July of the date's half-year (C. com. L441-10 II). */
export function semesterRate(rates: readonly EcbRate[], date: CivilDate): string | null {
  return rateOn(rates, semesterStart(date));
}

/** Problems of a rate history (unsorted, duplicate dates, malformed values); empty when sound. */
export function rateHistoryProblems(rates: readonly EcbRate[]): string[] {
  const problems: string[] = [];
  rates.forEach((r, i) => {
    if (!isCivilDate(r.effectiveFrom)) problems.push(`step ${i}: invalid date ${JSON.stringify(r.effectiveFrom)}`);
    if (!RATE_PERCENT_PATTERN.test(r.ratePercent))
      problems.push(`step ${i}: invalid rate ${JSON.stringify(r.ratePercent)}`);
    const prev = rates[i - 1];
    if (prev && prev.effectiveFrom >= r.effectiveFrom)
      problems.push(`step ${i}: ${r.effectiveFrom} does not follow ${prev.effectiveFrom}`);
  });
  return problems;
}

/**
 * The history with updates applied: an update replaces the step of the same date, new dates are
 * added, nothing is deleted (LEGAL.md §2.4: never delete history). Result sorted by date.
 */
export function mergeRateHistory(base: readonly EcbRate[], updates: readonly EcbRate[]): EcbRate[] {
  const byDate = new Map<CivilDate, string>();
  for (const r of base) byDate.set(r.effectiveFrom, r.ratePercent);
  for (const r of updates) byDate.set(r.effectiveFrom, r.ratePercent);
  return [...byDate.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([effectiveFrom, ratePercent]) => ({ effectiveFrom, ratePercent }));
}
