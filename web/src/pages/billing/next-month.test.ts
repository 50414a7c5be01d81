import { describe, expect, it } from 'vitest';
import { nextMonth } from './next-month.ts';

describe('nextMonth', () => {
  it('is the month after, across the year end', () => {
    expect(nextMonth('2026-03-15')).toBe('2026-04');
    expect(nextMonth('2026-12-01')).toBe('2027-01');
  });
});
