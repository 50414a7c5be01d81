import { describe, expect, it } from 'vitest';
import { invalidPaths, ruleRunner } from './test-support.ts';

const run = ruleRunner('delivery.reservation-deadline');

describe('delivery.reservation-deadline (art. 4.1.3)', () => {
  it.each([
    ['2026-05-13', '2026-05-18'], // Ascension Thursday and Sunday skipped, Saturday counted
    ['2025-07-11', '2025-07-16'], // Sunday and 14 July skipped
    ['2025-12-23', '2025-12-27'], // Christmas skipped
    ['2025-04-29', '2025-05-03'], // 1 May skipped, Saturday counted
    ['2024-02-27', '2024-03-01'], // 29 February is a jour ouvrable
  ])('delivered %s: deadline %s', (deliveryDate, deadline) => {
    expect(run({ deliveryDate }, deliveryDate).deadline).toBe(deadline);
  });
  it.each([
    [undefined, '2026-05-18', 'pending'], // last day within
    [undefined, '2026-05-19', 'deemed-accepted'], // first day after
    ['2026-05-18', '2026-06-01', 'in-time'],
    ['2026-05-19', '2026-06-01', 'late'],
    ['2026-05-19', '2026-05-18', 'pending'], // a confirmation after asOf has not happened yet
  ])('confirmed %s, as of %s → %s', (confirmedToCarrierOn, asOf, outcome) => {
    const d = run({ deliveryDate: '2026-05-13', ...(confirmedToCarrierOn ? { confirmedToCarrierOn } : {}) }, asOf);
    expect(d).toMatchObject({ outcome, deadline: '2026-05-18', parameters: { carrierReservationJoursOuvrables: 3 } });
  });
  it('refuses a confirmation before delivery', () => {
    expect(
      invalidPaths(() => run({ deliveryDate: '2026-05-13', confirmedToCarrierOn: '2026-05-12' }, '2026-05-20')),
    ).toEqual(['facts.confirmedToCarrierOn']);
  });
});
