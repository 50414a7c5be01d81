import { describe, expect, it } from 'vitest';
import { invalidPaths, ruleRunner } from './test-support.ts';

const run = ruleRunner('force-majeure');

describe('force-majeure (art. 16.1)', () => {
  it.each([
    ['2025-01-01', undefined, '2025-03-02', 'suspended', '2025-03-03'], // 60th day
    ['2025-01-01', undefined, '2025-03-03', 'terminable', '2025-03-03'], // 61st day
    ['2024-01-01', undefined, '2024-03-02', 'terminable', '2024-03-02'], // leap year
    ['2025-01-01', '2025-02-15', '2025-04-01', 'ended', '2025-03-03'],
    ['2025-01-01', '2025-03-10', '2025-04-01', 'ended', '2025-03-03'],
    ['2025-01-01', '2025-03-10', '2025-03-05', 'terminable', '2025-03-03'], // end after asOf not known yet
  ])('from %s to %s, as of %s → %s (terminable from %s)', (startDate, endDate, asOf, outcome, terminableFrom) => {
    const d = run({ startDate, ...(endDate ? { endDate } : {}) }, asOf);
    expect(d).toMatchObject({ outcome, terminableFrom, parameters: { forceMajeureTerminationDays: 60 } });
  });
  it('says when an ended event had opened termination', () => {
    expect(run({ startDate: '2025-01-01', endDate: '2025-03-10' }, '2025-04-01').explanation.en).toContain(
      'termination open since 3 March 2025',
    );
  });
  it('refuses an end before the start', () => {
    expect(invalidPaths(() => run({ startDate: '2025-01-01', endDate: '2024-12-31' }, '2025-04-01'))).toEqual([
      'facts.endDate',
    ]);
  });
});
