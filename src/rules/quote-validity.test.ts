import { describe, expect, it } from 'vitest';
import { ruleRunner } from './test-support.ts';

const run = ruleRunner('quote.validity');

describe('quote.validity (art. 3.1)', () => {
  it.each([
    ['2025-03-01', undefined, '2025-03-31', '2025-03-31', 'valid'], // last day within
    ['2025-03-01', undefined, '2025-04-01', '2025-03-31', 'expired'], // first day after
    ['2025-03-01', undefined, '2025-02-20', '2025-03-31', 'valid'],
    ['2024-02-01', undefined, '2024-03-02', '2024-03-02', 'valid'], // leap February
    ['2025-03-01', 45, '2025-04-15', '2025-04-15', 'valid'],
    ['2025-03-01', 45, '2025-04-16', '2025-04-15', 'expired'],
  ])('issued %s, %s days, as of %s: expires %s, %s', (issueDate, validityDays, asOf, expiresOn, outcome) => {
    const d = run({ issueDate, ...(validityDays ? { validityDays } : {}) }, asOf);
    expect(d).toMatchObject({ rule: 'quote.validity', outcome, expiresOn, citation: { article: '3.1' } });
    expect(d.parameters).toEqual(validityDays ? {} : { quoteValidityDays: 30 });
  });
  it('explains with the dates', () => {
    expect(run({ issueDate: '2025-03-01' }, '2025-04-01').explanation.fr).toContain('31 mars 2025');
  });
});
