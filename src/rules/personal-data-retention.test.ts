import { describe, expect, it } from 'vitest';
import { ruleRunner } from './test-support.ts';

const run = ruleRunner('personal-data.retention');

describe('personal-data.retention (art. 17.2)', () => {
  it.each([
    [undefined, '2025-01-01', 'active', null],
    ['2020-06-30', '2025-06-30', 'retain', '2025-06-30'], // last day it may be kept
    ['2020-06-30', '2025-07-01', 'erase', '2025-06-30'], // first day after
    ['2024-02-29', '2029-02-28', 'retain', '2029-02-28'],
    ['2025-12-31', '2025-06-01', 'active', '2030-12-31'], // end after asOf: still ongoing
  ])('ended %s, as of %s → %s until %s', (relationshipEndedOn, asOf, outcome, retainUntil) => {
    const d = run(relationshipEndedOn ? { relationshipEndedOn } : {}, asOf);
    expect(d).toMatchObject({ outcome, retainUntil, parameters: { personalDataRetentionYears: 5 } });
  });
});
