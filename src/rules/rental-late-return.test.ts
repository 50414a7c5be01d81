import { describe, expect, it } from 'vitest';
import { ruleRunner } from './test-support.ts';

const run = ruleRunner('rental.late-return');

describe('rental.late-return (art. 15.3)', () => {
  it.each([
    [undefined, '2025-03-31', 30000, 'on-time', 0, 0], // last day within
    [undefined, '2025-04-01', 30000, 'late', 1, 1000], // first day after
    [undefined, '2025-04-10', 30000, 'late', 10, 10000],
    ['2025-03-31', '2025-05-01', 30000, 'on-time', 0, 0],
    ['2025-04-01', '2025-05-01', 30000, 'returned-late', 1, 1000],
    ['2025-04-20', '2025-04-10', 30000, 'late', 10, 10000], // return after asOf not known yet
    ['2025-04-01', '2025-05-01', 100000, 'returned-late', 1, 3333], // 3333.33
    ['2025-04-01', '2025-05-01', 45, 'returned-late', 1, 2], // 1.5 → 2, half away from zero
    ['2025-03-01', '2025-05-01', 30000, 'on-time', 0, 0], // early return
  ])(
    'returned %s, as of %s, rent %i → %s, %i days, %i cents',
    (returnedOn, asOf, monthlyRentCents, outcome, daysLate, indemnityCents) => {
      const d = run({ returnDueDate: '2025-03-31', monthlyRentCents, ...(returnedOn ? { returnedOn } : {}) }, asOf);
      expect(d).toMatchObject({ outcome, daysLate, indemnityCents, parameters: { lateReturnDaysPerMonth: 30 } });
    },
  );
});
