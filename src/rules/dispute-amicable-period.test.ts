import { describe, expect, it } from 'vitest';
import { ruleRunner } from './test-support.ts';

const run = ruleRunner('dispute.amicable-period');

describe('dispute.amicable-period (art. 21)', () => {
  it.each([
    ['2025-03-01', '2025-03-31', 'amicable', '2025-04-01'], // last amicable day
    ['2025-03-01', '2025-04-01', 'court', '2025-04-01'], // first day the court may be seized
    ['2024-02-14', '2024-03-15', 'amicable', '2024-03-16'], // 29 February counted
    ['2024-02-14', '2024-03-16', 'court', '2024-03-16'],
  ])('notified %s, as of %s → %s from %s', (notifiedOn, asOf, outcome, courtFrom) => {
    expect(run({ notifiedOn }, asOf)).toMatchObject({
      outcome,
      courtFrom,
      court: 'Tribunal de commerce de Mâcon',
      parameters: { amicableDays: 30 },
    });
  });
});
