import { describe, expect, it } from 'vitest';
import { invalidPaths, ruleRunner } from './test-support.ts';

const run = ruleRunner('termination.formal-notice');

describe('termination.formal-notice (art. 15.2)', () => {
  it.each([
    [{}, '2025-03-31', 'cure-period', '2025-04-01'], // last day to cure
    [{}, '2025-04-01', 'terminable', '2025-04-01'], // first day after
    [{ curedOn: '2025-03-31' }, '2025-04-15', 'cured', '2025-04-01'],
    [{ curedOn: '2025-04-01' }, '2025-04-15', 'terminable', '2025-04-01'], // cured too late
    [{ curedOn: '2025-03-20' }, '2025-03-10', 'cure-period', '2025-04-01'], // cure after asOf not known yet
    [{ curable: false }, '2025-03-01', 'terminable', '2025-03-01'],
    [{ curable: true }, '2025-03-01', 'cure-period', '2025-04-01'],
  ])('%j as of %s → %s from %s', (facts, asOf, outcome, terminableFrom) => {
    expect(run({ noticeReceivedOn: '2025-03-01', ...facts }, asOf)).toMatchObject({
      outcome,
      terminableFrom,
      citation: { article: '15.2' },
    });
  });
  it('refuses a cure before the notice', () => {
    expect(invalidPaths(() => run({ noticeReceivedOn: '2025-03-01', curedOn: '2025-02-01' }, '2025-04-01'))).toEqual([
      'facts.curedOn',
    ]);
  });
});
