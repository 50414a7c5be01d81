import { describe, expect, it } from 'vitest';
import { ruleRunner } from './test-support.ts';

const run = ruleRunner('confidentiality.expiry');

describe('confidentiality.expiry (art. 13)', () => {
  it.each([
    ['2020-06-15', '2025-06-15', 'protected', '2025-06-15'], // last protected day
    ['2020-06-15', '2025-06-16', 'expired', '2025-06-15'], // first day after
    ['2020-02-29', '2025-02-28', 'protected', '2025-02-28'],
    ['2020-02-29', '2025-03-01', 'expired', '2025-02-28'],
  ])('disclosed %s, as of %s → %s until %s', (disclosedOn, asOf, outcome, protectedUntil) => {
    expect(run({ disclosedOn }, asOf)).toMatchObject({
      outcome,
      protectedUntil,
      citation: { article: '13' },
      parameters: { confidentialityYears: 5 },
    });
  });
});
