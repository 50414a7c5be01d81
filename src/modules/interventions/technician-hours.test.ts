import { describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/errors.ts';
import { assertHoursWithinAlleo, coversSlot, dayText, inHoursPart } from './technician-hours.ts';

const ALLEO = { start: '09:00', end: '18:00' };
const WEEK = [1, 2, 3, 4, 5] as const;
const MONDAY_ONLY = [{ weekday: 1, start: '09:00', end: '13:00' }];

function fieldsOf(f: () => void): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e.errors.map((x) => x.path);
    throw e;
  }
  return [];
}

describe('technician hours (art. 6.9)', () => {
  it('accepts a week inside ALLEO’s days and hours, and names each entry outside them', () => {
    expect(fieldsOf(() => assertHoursWithinAlleo(MONDAY_ONLY, ALLEO, WEEK))).toEqual([]);
    expect(
      fieldsOf(() =>
        assertHoursWithinAlleo(
          [
            { weekday: 1, start: '08:30', end: '12:00' },
            { weekday: 2, start: '10:00', end: '18:30' },
            { weekday: 6, start: '09:00', end: '12:00' },
            { weekday: 3, start: '12:00', end: '12:00' },
            { weekday: 1, start: '14:00', end: '15:00' },
          ],
          ALLEO,
          WEEK,
        ),
      ),
    ).toEqual(['hours.0.start', 'hours.1.end', 'hours.2.weekday', 'hours.3.end', 'hours.4.weekday']);
  });

  it('keeps only the part of a slot inside ALLEO’s working day and hours', () => {
    expect(inHoursPart({ date: '2026-06-08', start: '17:00', end: '19:00' }, ALLEO, WEEK)).toEqual({
      start: '17:00',
      end: '18:00',
    });
    expect(inHoursPart({ date: '2026-06-08', start: '18:00', end: '20:00' }, ALLEO, WEEK)).toBeNull();
    expect(inHoursPart({ date: '2026-06-13', start: '09:00', end: '12:00' }, ALLEO, WEEK)).toBeNull(); // Saturday
    expect(inHoursPart({ date: '2026-05-14', start: '09:00', end: '12:00' }, ALLEO, WEEK)).toBeNull(); // Ascension
  });

  it('a technician covers the in-hours part only on its days and within its range; unset hours cover all', () => {
    expect(coversSlot(MONDAY_ONLY, '2026-06-08', { start: '09:00', end: '13:00' })).toBe(true);
    expect(coversSlot(MONDAY_ONLY, '2026-06-08', { start: '12:00', end: '14:00' })).toBe(false);
    expect(coversSlot(MONDAY_ONLY, '2026-06-09', { start: '09:00', end: '10:00' })).toBe(false);
    expect(coversSlot(null, '2026-06-09', { start: '09:00', end: '18:00' })).toBe(true);
    expect(coversSlot([], '2026-06-09', null)).toBe(true);
    expect(dayText(MONDAY_ONLY, '2026-06-10').en).toBe('does not work on Wednesday');
    expect(dayText(MONDAY_ONLY, '2026-06-08').fr).toBe('le lundi de 09:00 à 13:00');
  });
});
