import { describe, expect, it } from 'vitest';
import { hasPeriodPassed, isWithinPeriod, latestDayBefore, periodLastDay, periodPassedFrom } from './periods.ts';

describe('period convention (RULES.md)', () => {
  it.each([
    ['2025-03-01', { days: 30 }, '2025-03-31', '2025-04-01'],
    ['2024-02-14', { days: 15 }, '2024-02-29', '2024-03-01'],
    ['2025-01-31', { months: 1 }, '2025-02-28', '2025-03-01'],
    ['2024-02-29', { years: 5 }, '2029-02-28', '2029-03-01'],
    ['2025-06-30', { years: 1 }, '2026-06-30', '2026-07-01'],
  ])('%s + %j: last day %s, passed from %s', (event, length, last, passed) => {
    expect(periodLastDay(event, length)).toBe(last);
    expect(periodPassedFrom(event, length)).toBe(passed);
    expect(isWithinPeriod(last, event, length)).toBe(true);
    expect(isWithinPeriod(passed, event, length)).toBe(false);
    expect(hasPeriodPassed(last, event, length)).toBe(false);
    expect(hasPeriodPassed(passed, event, length)).toBe(true);
  });
  it('counts backwards for "at least N days before"', () => {
    expect(latestDayBefore('2025-03-16', 15)).toBe('2025-03-01');
    expect(latestDayBefore('2024-03-15', 15)).toBe('2024-02-29');
  });
});
