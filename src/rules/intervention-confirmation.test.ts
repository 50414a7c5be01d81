import { describe, expect, it } from 'vitest';
import { ruleRunner } from './test-support.ts';

const run = ruleRunner('intervention.confirmation');

describe('intervention.confirmation (art. 6.9)', () => {
  it.each([
    [undefined, '2025-03-01', 'pending'], // last day to confirm
    [undefined, '2025-03-02', 'not-guaranteed'], // first day after
    ['2025-03-01', '2025-03-05', 'guaranteed'], // exactly 15 days before
    ['2025-03-02', '2025-03-05', 'not-guaranteed'], // 14 days before
    ['2025-03-02', '2025-03-01', 'pending'], // not yet confirmed as of asOf
  ])('confirmed %s, as of %s → %s', (confirmedOn, asOf, outcome) => {
    const d = run({ interventionDate: '2025-03-16', ...(confirmedOn ? { confirmedOn } : {}) }, asOf);
    expect(d).toMatchObject({
      outcome,
      confirmBy: '2025-03-01',
      citation: { article: '6.9' },
      parameters: { interventionConfirmationDays: 15 },
    });
  });
  it('counts back over 29 February', () => {
    expect(run({ interventionDate: '2024-03-15' }, '2024-01-01').confirmBy).toBe('2024-02-29');
  });
});
