import { describe, expect, it } from 'vitest';
import { ECB_MRO_RATES, mergeRateHistory, rateHistoryProblems, rateOn, semesterRate } from './ecb-rates.ts';
import { LEGAL_INTEREST_RATES_PROFESSIONAL } from './legal-rates.ts';

describe('shipped ECB MRO history', () => {
  it('is sorted, dated and well formed, from 1999 to 11 June 2025', () => {
    expect(rateHistoryProblems(ECB_MRO_RATES)).toEqual([]);
    expect(ECB_MRO_RATES[0]).toEqual({ effectiveFrom: '1999-01-01', ratePercent: '3.00' });
    expect(ECB_MRO_RATES.at(-1)).toEqual({ effectiveFrom: '2025-06-11', ratePercent: '2.15' });
    expect(ECB_MRO_RATES).toHaveLength(61);
  });
  // LEGAL.md §1.5 and §2.2: MRO on 1 January / 1 July
  it.each([
    ['2013-03-01', '0.75'],
    ['2013-09-01', '0.50'],
    ['2014-03-01', '0.25'],
    ['2014-09-01', '0.15'],
    ['2015-03-01', '0.05'],
    ['2015-09-01', '0.05'],
    ['2016-03-01', '0.05'],
    ['2016-09-01', '0.00'],
    ['2019-05-01', '0.00'],
    ['2022-12-31', '0.00'],
    ['2023-06-30', '2.50'],
    ['2023-07-01', '4.00'],
    ['2024-01-01', '4.50'],
    ['2024-12-31', '4.25'],
    ['2025-06-30', '3.15'],
    ['2025-07-01', '2.15'],
    ['2026-02-01', '2.15'],
    ['2026-07-01', '2.15'],
  ])('semesterRate(%s) = %s', (date, expected) => {
    expect(semesterRate(ECB_MRO_RATES, date)).toBe(expected);
  });
  it.each([
    ['1998-12-31', null],
    ['1999-01-01', '3.00'],
    ['2008-10-14', '4.25'],
    ['2008-10-15', '3.75'],
    ['2025-03-11', '2.90'],
    ['2025-03-12', '2.65'],
    ['2025-05-15', '2.40'],
    ['2030-01-01', '2.15'],
  ])('rateOn(%s) = %s', (date, expected) => {
    expect(rateOn(ECB_MRO_RATES, date)).toBe(expected);
  });
});

describe('legal interest rate, professional creditor', () => {
  // LEGAL.md §1.5 floor column = 3 × legal rate
  it.each([
    ['2024-03-01', '5.07'],
    ['2024-09-01', '4.92'],
    ['2025-03-01', '3.71'],
    ['2025-09-01', '2.76'],
    ['2026-03-01', '2.62'],
    ['2013-09-01', '0.04'],
  ])('on %s: %s', (date, expected) => {
    expect(rateOn(LEGAL_INTEREST_RATES_PROFESSIONAL, date)).toBe(expected);
  });
  it('is a sound history', () => {
    expect(rateHistoryProblems(LEGAL_INTEREST_RATES_PROFESSIONAL)).toEqual([]);
  });
});

describe('mergeRateHistory', () => {
  it('adds new steps, replaces same-date steps, deletes nothing, sorts', () => {
    const merged = mergeRateHistory(
      [
        { effectiveFrom: '2025-04-23', ratePercent: '2.40' },
        { effectiveFrom: '2025-06-11', ratePercent: '2.15' },
      ],
      [
        { effectiveFrom: '2026-07-29', ratePercent: '2.40' },
        { effectiveFrom: '2025-06-11', ratePercent: '2.16' },
      ],
    );
    expect(merged).toEqual([
      { effectiveFrom: '2025-04-23', ratePercent: '2.40' },
      { effectiveFrom: '2025-06-11', ratePercent: '2.16' },
      { effectiveFrom: '2026-07-29', ratePercent: '2.40' },
    ]);
  });
  it('reports unsorted or malformed steps', () => {
    expect(
      rateHistoryProblems([
        { effectiveFrom: '2025-02-01', ratePercent: '2' },
        { effectiveFrom: '2025-01-01', ratePercent: 'x' },
      ]),
    ).toHaveLength(2);
  });
});
