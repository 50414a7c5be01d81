import { describe, expect, it } from 'vitest';
import { pushDeadlineBy, suspendedDaysIn } from './force-majeure.ts';

describe('force-majeure days (ADR 0022)', () => {
  const events = [
    { start_date: '2027-01-10', end_date: '2027-01-19' },
    { start_date: '2027-01-15', end_date: '2027-01-25' },
  ];

  it('counts the days of [from, to] covered by at least one event, start and end included, overlaps once', () => {
    expect(suspendedDaysIn(events, '2027-01-01', '2027-01-31')).toBe(16);
    expect(suspendedDaysIn(events, '2027-01-12', '2027-01-16')).toBe(5);
    expect(suspendedDaysIn(events, '2027-02-01', '2027-02-28')).toBe(0);
    expect(suspendedDaysIn(events, '2027-01-31', '2027-01-01')).toBe(0);
  });

  it('an open event runs to the end of the range', () => {
    expect(suspendedDaysIn([{ start_date: '2027-03-01', end_date: null }], '2027-02-01', '2027-03-10')).toBe(10);
  });

  it('a deadline is pushed until the days it crosses are all counted', () => {
    // 10 days of event before the deadline: pushed by 10.
    expect(pushDeadlineBy([events[0]!], '2027-01-01', '2027-01-31')).toBe('2027-02-10');
    // The pushed deadline falls into a later event: pushed by its days too.
    const later = [...events, { start_date: '2027-02-01', end_date: '2027-02-05' }];
    expect(pushDeadlineBy(later, '2027-01-01', '2027-01-31')).toBe('2027-02-21');
    expect(pushDeadlineBy(events, '2027-02-01', '2027-02-10')).toBe('2027-02-10');
  });
});
