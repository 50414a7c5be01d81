import { describe, expect, it } from 'vitest';
import { dateForConfirmationBy } from './force-majeure-dates.ts';

/** Proposed on 2 March 2026 for 15 April: a five-day strike 20–24 March pushes it to 20 April (art. 16.1). */
const row = { contract_id: 'c', date: '2026-04-15', created_at: '2026-03-02T09:00:00Z' };

describe('the intervention date the confirmation deadline is counted from (art. 6.9, 16.1)', () => {
  it('is pushed by the days of force majeure between the proposal and the date', () => {
    expect(dateForConfirmationBy([{ start_date: '2026-03-20', end_date: '2026-03-24' }], row)).toBe('2026-04-20');
  });
  it('is the date itself without force majeure, or with an event before the proposal', () => {
    expect(dateForConfirmationBy([], row)).toBe('2026-04-15');
    expect(dateForConfirmationBy([{ start_date: '2026-02-01', end_date: '2026-02-10' }], row)).toBe('2026-04-15');
  });
  it('is not pushed for a date proposed on or after the day itself', () => {
    const late = { ...row, created_at: '2026-04-15T08:00:00Z' };
    expect(dateForConfirmationBy([{ start_date: '2026-04-01', end_date: '2026-04-20' }], late)).toBe('2026-04-15');
  });
});
