import { describe, expect, it } from 'vitest';
import { addHours, compareTimestamps, isTimestamp, timestampToEpochMs } from './timestamps.ts';

describe('timestamps', () => {
  it.each([
    ['2025-03-31T10:00:00+02:00', true],
    ['2025-03-31T10:00:00Z', true],
    ['2025-03-31T10:00:00.250Z', true],
    ['2025-03-31T10:00:00', false],
    ['2025-03-31', false],
    ['2025-02-30T10:00:00Z', false],
    [42, false],
  ])('isTimestamp(%j) = %s', (value, expected) => {
    expect(isTimestamp(value)).toBe(expected);
  });
  it.each([
    ['2025-03-29T10:00:00+01:00', 48, '2025-03-31T10:00:00+01:00'], // across the spring change: elapsed hours
    ['2025-03-29T10:00:00Z', 48, '2025-03-31T10:00:00Z'],
    ['2024-02-28T23:30:00+01:00', 24, '2024-02-29T23:30:00+01:00'],
  ])('addHours(%s, %i) = %s', (ts, hours, expected) => {
    expect(addHours(ts, hours)).toBe(expected);
  });
  it('compares instants, not strings', () => {
    expect(compareTimestamps('2025-03-31T10:00:00+02:00', '2025-03-31T08:00:00Z')).toBe(0);
    expect(compareTimestamps('2025-03-31T10:00:00+02:00', '2025-03-31T08:00:01Z')).toBe(-1);
    expect(timestampToEpochMs('1970-01-01T01:00:00+01:00')).toBe(0);
  });
});
