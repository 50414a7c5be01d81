import { describe, expect, it } from 'vitest';
import { ruleRunner, termsWith } from './test-support.ts';

const run = ruleRunner('liability.cap');

describe('liability.cap (art. 11.3)', () => {
  it.each([
    [500000, false, 'capped', 500000],
    [0, false, 'capped', 0],
    [500000, true, 'uncapped', null],
  ])('paid %i, wilful misconduct %s → %s %s', (paidUnderContractCents, wilfulMisconduct, outcome, capCents) => {
    expect(run({ paidUnderContractCents, wilfulMisconduct }, '2025-01-01')).toMatchObject({
      outcome,
      capCents,
      parameters: { liabilityCap: 'paid-under-contract' },
    });
  });
  it('sets no cap under terms without one', () => {
    expect(
      run({ paidUnderContractCents: 1, wilfulMisconduct: false }, '2025-01-01', termsWith({ liabilityCap: 'none' })),
    ).toMatchObject({ outcome: 'uncapped', capCents: null });
  });
});
