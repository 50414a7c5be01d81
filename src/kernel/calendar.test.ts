import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addAlleoWorkingDays,
  addJoursOuvrables,
  frenchPublicHolidays,
  holidayName,
  isAlleoWorkingDay,
  isFrenchPublicHoliday,
  isJourOuvrable,
} from './calendar.ts';

describe('French public holidays', () => {
  it('lists the 11 metropolitan holidays of 2026', () => {
    expect(frenchPublicHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });
  it.each([
    // LEGAL.md §3.1 moveable dates
    [2025, '2025-04-21', '2025-05-29', '2025-06-09'],
    [2026, '2026-04-06', '2026-05-14', '2026-05-25'],
    [2027, '2027-03-29', '2027-05-06', '2027-05-17'],
    [2028, '2028-04-17', '2028-05-25', '2028-06-05'],
  ])('%i: Easter Monday %s, Ascension %s, Whit Monday %s', (_year, easterMonday, ascension, whitMonday) => {
    expect(holidayName(easterMonday)).toBe('Lundi de Pâques');
    expect(holidayName(ascension)).toBe('Ascension');
    expect(holidayName(whitMonday)).toBe('Lundi de Pentecôte');
  });
  it.each([
    ['2025-07-14', 'Fête Nationale'],
    ['2025-12-25', 'Noël'],
    ['2025-05-01', 'Fête du travail'],
    ['2025-01-01', "Jour de l'an"],
    ['2025-08-15', 'Assomption'],
    ['2025-11-11', 'Armistice'],
  ])('%s is %s', (date, name) => {
    expect(holidayName(date)).toBe(name);
    expect(isFrenchPublicHoliday(date)).toBe(true);
  });
  it('has no Alsace-Moselle extras and no ordinary days', () => {
    expect(isFrenchPublicHoliday('2025-12-26')).toBe(false); // Saint-Étienne: Alsace-Moselle only
    expect(isFrenchPublicHoliday('2025-04-18')).toBe(false); // Good Friday: Alsace-Moselle only
    expect(holidayName('2025-07-15')).toBeNull();
  });
  it('keeps both names when two holidays fall on one day (1 May 2008 was Ascension)', () => {
    expect(holidayName('2008-05-01')).toBe('Fête du travail / Ascension');
  });
});

describe('holidays do not depend on the process time zone', () => {
  const original = process.env.TZ;
  // A fresh copy of the module, its per-year cache empty: test files share modules (vitest.config.ts,
  // isolate: false), and a year another file already computed would not be computed in this zone.
  let fresh: typeof import('./calendar.ts');
  beforeAll(async () => {
    vi.resetModules();
    fresh = await import('./calendar.ts');
  });
  afterEach(() => {
    process.env.TZ = original;
  });
  // In these zones the package's raw Dates land at 23:00 the day before for these years.
  it.each([
    ['America/Santiago', '2017-05-25'],
    ['Pacific/Auckland', '2021-05-13'],
    ['America/Asuncion', '2010-05-13'],
  ])('in %s, Ascension is still %s', (zone, ascension) => {
    process.env.TZ = zone; // years not used elsewhere, so the per-year cache fills under this zone
    expect(fresh.holidayName(ascension)).toBe('Ascension');
  });
});

describe('working days', () => {
  it.each([
    ['2025-07-12', true, false], // Saturday
    ['2025-07-13', false, false], // Sunday
    ['2025-07-14', false, false], // Monday, Fête Nationale
    ['2025-07-15', true, true], // Tuesday
    ['2026-05-14', false, false], // Thursday, Ascension
    ['2024-02-29', true, true], // Thursday, leap day
  ])('%s: jour ouvrable %s, ALLEO working day %s', (date, ouvrable, working) => {
    expect(isJourOuvrable(date)).toBe(ouvrable);
    expect(isAlleoWorkingDay(date)).toBe(working);
  });
  it.each([
    ['2016-05-18', 3, '2016-05-21'], // LEGAL.md §3.3, CA Rennes: Wednesday → Saturday
    ['2026-05-13', 3, '2026-05-18'], // Ascension Thursday and Sunday skipped
    ['2025-12-24', 1, '2025-12-26'], // Christmas skipped
    ['2025-04-30', 1, '2025-05-02'], // 1 May skipped
    ['2025-07-12', 1, '2025-07-15'], // Sunday and 14 July skipped
    ['2025-07-15', -1, '2025-07-12'],
    ['2025-07-15', 0, '2025-07-15'],
  ])('addJoursOuvrables(%s, %i) = %s', (date, n, expected) => {
    expect(addJoursOuvrables(date, n)).toBe(expected);
  });
  it.each([
    ['2025-07-11', 1, '2025-07-15'], // Friday → Tuesday over the weekend and 14 July
    ['2025-06-06', 1, '2025-06-10'], // Friday → Tuesday over Whit Monday
    ['2025-12-24', 2, '2025-12-29'],
    ['2025-07-15', -1, '2025-07-11'],
  ])('addAlleoWorkingDays(%s, %i) = %s', (date, n, expected) => {
    expect(addAlleoWorkingDays(date, n)).toBe(expected);
  });
  it('accepts another working week', () => {
    expect(isAlleoWorkingDay('2025-07-12', [1, 2, 3, 4, 5, 6])).toBe(true);
  });
});
