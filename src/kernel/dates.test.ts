import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayOfWeek,
  daysBetween,
  formatDateEn,
  formatDateFr,
  fromEpochDay,
  isCivilDate,
  isLeapYear,
  maxDate,
  minDate,
  parseCivilDate,
  semesterStart,
  toEpochDay,
} from './dates.ts';

describe('isCivilDate', () => {
  it.each([
    ['2025-01-31', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-01', false],
    [' 2025-01-01', false],
    ['2025-01-01T00:00', false],
    ['2025/01/01', false],
    ['+02025-01-01', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isCivilDate(value)).toBe(expected);
  });
  it('refuses non-strings', () => {
    expect(isCivilDate(20250101)).toBe(false);
    expect(isCivilDate(null)).toBe(false);
  });
  it('parseCivilDate throws on a bad date and returns a good one', () => {
    expect(parseCivilDate('2024-02-29')).toBe('2024-02-29');
    expect(() => parseCivilDate('2023-02-29')).toThrow(RangeError);
  });
});

describe('epoch days', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
    ['0001-01-01', -719162],
  ])('%s ↔ %i', (date, day) => {
    expect(toEpochDay(date)).toBe(day);
    expect(fromEpochDay(day)).toBe(date);
  });
  it('agrees with Temporal on every day of 1600–2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay('1600-01-01'), max: toEpochDay('2400-12-31') }), (day) => {
        const expected = Temporal.PlainDate.from('1970-01-01').add({ days: day }).toString();
        expect(fromEpochDay(day)).toBe(expected);
        expect(toEpochDay(expected)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('date arithmetic', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-03-31', 45, '2025-05-15'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2025-01-15', 12, '2026-01-15'],
    ['2025-10-31', 4, '2026-02-28'],
  ])('addMonths(%s, %i) = %s (month-end fallback)', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });
  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2025-03-01', 5, '2030-03-01'],
  ])('addYears(%s, %i) = %s', (date, n, expected) => {
    expect(addYears(date, n)).toBe(expected);
  });
  it.each([
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2025-03-31', '2025-05-15', 45],
    ['2025-05-15', '2025-03-31', -45],
  ])('daysBetween(%s, %s) = %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });
  it('compares, picks min and max', () => {
    expect(compareDates('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareDates('2025-01-03', '2025-01-02')).toBe(1);
    expect(minDate('2025-01-03', '2024-12-31')).toBe('2024-12-31');
    expect(maxDate('2025-01-03', '2024-12-31')).toBe('2025-01-03');
  });
  it('knows leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
  });
});

describe('calendar facts', () => {
  it.each([
    ['1970-01-01', 4],
    ['2025-07-14', 1],
    ['2025-12-25', 4],
    ['2024-02-29', 4],
    ['2026-05-16', 6],
    ['2026-05-17', 7],
  ])('dayOfWeek(%s) = %i', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });
  it.each([
    ['2025-01-01', '2025-01-01'],
    ['2025-06-30', '2025-01-01'],
    ['2025-07-01', '2025-07-01'],
    ['2025-12-31', '2025-07-01'],
  ])('semesterStart(%s) = %s', (date, expected) => {
    expect(semesterStart(date)).toBe(expected);
  });
  it('formats dates for explanations', () => {
    expect(formatDateFr('2025-03-01')).toBe('1er mars 2025');
    expect(formatDateFr('2025-08-15')).toBe('15 août 2025');
    expect(formatDateEn('2025-03-01')).toBe('1 March 2025');
  });
});
