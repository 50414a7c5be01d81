import { describe, expect, it } from 'vitest';
import { ruleRunner } from './test-support.ts';

const run = ruleRunner('non-solicitation');

describe('non-solicitation (art. 18)', () => {
  it.each([
    [{}, '2025-01-01', 'in-force', null, null],
    [{ contractEndedOn: '2025-01-31' }, '2026-01-31', 'in-force', '2026-01-31', null], // last day
    [{ contractEndedOn: '2025-01-31' }, '2026-02-01', 'expired', '2026-01-31', null], // first day after
    [
      { contractEndedOn: '2024-02-29', monthlyGrossSalaryCents: 350000 },
      '2025-01-01',
      'in-force',
      '2025-02-28',
      4200000,
    ],
    [{ monthlyGrossSalaryCents: 350000 }, '2025-01-01', 'in-force', null, 4200000],
  ])('%j as of %s → %s until %s, indemnity %s', (facts, asOf, outcome, until, indemnityCents) => {
    expect(run(facts, asOf)).toMatchObject({ outcome, until, indemnityCents, citation: { article: '18' } });
  });
  it('records the indemnity months only when it computes an indemnity', () => {
    expect(run({}, '2025-01-01').parameters).toEqual({ nonSolicitationMonths: 12 });
    expect(run({ monthlyGrossSalaryCents: 1 }, '2025-01-01').parameters).toEqual({
      nonSolicitationMonths: 12,
      nonSolicitationIndemnityMonths: 12,
    });
  });
});
