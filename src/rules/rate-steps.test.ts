import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../kernel/dates.ts';
import { ECB_MRO_RATES } from '../terms/ecb-rates.ts';
import { formatRate, lateInterestSteps, parseRate, rateAt } from './rate-steps.ts';

describe('rate integers', () => {
  it.each([
    ['13.15', 131500],
    ['10', 100000],
    ['0.00', 0],
    ['2.125', 21250],
    ['8', 80000],
    ['12.3456', 123456],
  ])('%s ↔ %i', (text, value) => {
    expect(parseRate(text)).toBe(value);
  });
  it.each([
    [131500, '13.15'],
    [100000, '10.00'],
    [21250, '2.125'],
    [123456, '12.3456'],
    [5, '0.0005'],
  ])('formatRate(%i) = %s', (value, text) => {
    expect(formatRate(value)).toBe(text);
  });
  it('refuses more than four decimals', () => {
    expect(() => parseRate('1.23456')).toThrow(RangeError);
  });
});

describe('late-interest steps', () => {
  const at = (steps: ReturnType<typeof lateInterestSteps>, date: string) =>
    formatRate(rateAt(steps, toEpochDay(date))!);
  const semester = lateInterestSteps(ECB_MRO_RATES, { rule: 'semester', margin: 100000, applyLegalFloor: false });
  const latest = lateInterestSteps(ECB_MRO_RATES, { rule: 'latest', margin: 100000, applyLegalFloor: false });
  const floored = lateInterestSteps(ECB_MRO_RATES, { rule: 'semester', margin: 100000, applyLegalFloor: true });
  // LEGAL.md §1.5: default rate and floor per half-year
  it.each([
    ['2023-03-01', '12.50', '12.50', '13.00'],
    ['2023-07-01', '14.00', '14.00', '14.00'],
    ['2024-01-01', '14.50', '15.21', '14.50'],
    ['2024-12-31', '14.25', '14.76', '13.15'],
    ['2025-04-01', '13.15', '13.15', '12.65'],
    ['2025-06-30', '13.15', '13.15', '12.15'],
    ['2025-07-01', '12.15', '12.15', '12.15'],
    ['2026-06-30', '12.15', '12.15', '12.15'],
  ])('%s: semester %s, with floor %s, latest %s', (date, s, f, l) => {
    expect(at(semester, date)).toBe(s);
    expect(at(floored, date)).toBe(f);
    expect(at(latest, date)).toBe(l);
  });
  it('with the latest rule, the floor still works per half-year', () => {
    const latestFloored = lateInterestSteps(ECB_MRO_RATES, { rule: 'latest', margin: 100000, applyLegalFloor: true });
    expect(at(latestFloored, '2024-06-12')).toBe('15.21'); // 4.25 + 10 < 3 × 5.07
    expect(at(latestFloored, '2024-09-18')).toBe('14.76'); // 3.65 + 10 < 3 × 4.92
    expect(at(latestFloored, '2025-02-05')).toBe('12.90'); // 2.90 + 10 > 3 × 3.71
  });
  it('merges half-years with the same rate into one step', () => {
    const starts = semester.starts.map(fromEpochDay);
    expect(starts).toContain('2025-07-01');
    expect(starts).not.toContain('2026-01-01');
    expect(starts.at(-1)).toBe('2025-07-01');
  });
  it('is cached per history and configuration', () => {
    expect(lateInterestSteps(ECB_MRO_RATES, { rule: 'semester', margin: 100000, applyLegalFloor: false })).toBe(
      semester,
    );
  });
});
