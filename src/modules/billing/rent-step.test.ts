import { describe, expect, it } from 'vitest';
import { MAX_CATCH_UP_MONTHS, oldestCatchUpPeriod, periodsToBill } from './rent-step.ts';

describe('rent sweep: the months to bill on a day', () => {
  it('are the previous month and the current one when nothing older is unbilled', () => {
    expect(periodsToBill('2027-03', null)).toEqual(['2027-02', '2027-03']);
    expect(periodsToBill('2027-01', null)).toEqual(['2026-12', '2027-01']);
    // An unbilled contract effective this month or last changes nothing.
    expect(periodsToBill('2027-03', '2027-03-02')).toEqual(['2027-02', '2027-03']);
    expect(periodsToBill('2027-03', '2027-02-10')).toEqual(['2027-02', '2027-03']);
  });

  it('start from the month of the earliest unbilled effective date, oldest first, across years', () => {
    expect(periodsToBill('2027-03', '2027-01-25')).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(periodsToBill('2027-02', '2026-11-15')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it(`go back ${MAX_CATCH_UP_MONTHS} months at most`, () => {
    expect(oldestCatchUpPeriod('2027-03')).toBe('2026-03');
    const periods = periodsToBill('2027-03', '2024-06-01');
    expect(periods).toHaveLength(MAX_CATCH_UP_MONTHS + 1);
    expect(periods[0]).toBe('2026-03');
    expect(periods.at(-1)).toBe('2027-03');
    expect(periodsToBill('2027-03', '2026-03-31')[0]).toBe('2026-03');
  });
});
