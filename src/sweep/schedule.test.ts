import { describe, expect, it } from 'vitest';
import { nextSweepAt, parisWallClock } from './schedule.ts';

describe('daily sweep schedule (02:00 Europe/Paris)', () => {
  it.each([
    ['2026-01-15T00:30:00Z', '2026-01-15T01:00:00.000Z', '2026-01-15'], // winter: 02:00 Paris = 01:00 UTC
    ['2026-01-15T01:00:00Z', '2026-01-16T01:00:00.000Z', '2026-01-16'], // exactly at the time: the next day
    ['2026-07-15T12:00:00Z', '2026-07-16T00:00:00.000Z', '2026-07-16'], // summer: 02:00 Paris = 00:00 UTC
    ['2026-03-28T23:00:00Z', '2026-03-29T01:00:00.000Z', '2026-03-29'], // clocks go forward at 02:00 on 29 March
    ['2026-10-24T23:30:00Z', '2026-10-25T01:00:00.000Z', '2026-10-25'], // clocks go back on 25 October
    ['2026-12-31T23:30:00Z', '2027-01-01T01:00:00.000Z', '2027-01-01'], // new year in Paris, still 31 Dec in UTC
  ])('after %s the next run is at %s for %s', (now, at, asOf) => {
    const next = nextSweepAt(new Date(now));
    expect(next.at.toISOString()).toBe(at);
    expect(next.asOf).toBe(asOf);
  });

  it('converts Paris wall-clock times in both seasons', () => {
    expect(parisWallClock('2026-02-01', 9).toISOString()).toBe('2026-02-01T08:00:00.000Z');
    expect(parisWallClock('2026-08-01', 9).toISOString()).toBe('2026-08-01T07:00:00.000Z');
  });
});
