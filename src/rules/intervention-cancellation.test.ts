import { describe, expect, it } from 'vitest';
import { ruleRunner } from './test-support.ts';

const run = ruleRunner('intervention.cancellation');

describe('intervention.cancellation (art. 6.9)', () => {
  it.each([
    ['2025-03-12', 'free', 0], // 8 days before: outside the 7 days
    ['2025-03-13', 'indemnity', 15000], // first day of the 7 days before
    ['2025-03-19', 'indemnity', 15000], // the day before
    ['2025-03-20', 'full', 90000], // on the day
    ['2025-03-21', 'full', 90000],
  ])('cancelled on %s → %s, %i cents', (cancelledOn, outcome, chargeCents) => {
    const d = run(
      { interventionDate: '2025-03-20', cancelledOn, servicePriceCents: 90000, indemnityCents: 15000 },
      cancelledOn,
    );
    expect(d).toMatchObject({ outcome, chargeCents, parameters: { lateCancellationDays: 7 } });
  });
  it('explains the charge in euros', () => {
    const d = run(
      { interventionDate: '2025-03-20', cancelledOn: '2025-03-20', servicePriceCents: 90000, indemnityCents: 15000 },
      '2025-03-20',
    );
    expect(d.explanation.fr).toContain('900,00 €');
  });
});
