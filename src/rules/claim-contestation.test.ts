import { describe, expect, it } from 'vitest';
import { invalidPaths, ruleRunner } from './test-support.ts';

const run = ruleRunner('claim.contestation');

describe('claim.contestation (art. 11.3)', () => {
  it.each([
    ['2025-03-10', '2026-03-10', true, 'in-time', '2026-03-10'], // last day within
    ['2025-03-10', '2026-03-11', true, 'out-of-time', '2026-03-10'], // first day after
    ['2025-03-10', '2025-06-01', false, 'invalid-form', '2026-03-10'],
    ['2025-03-10', '2026-03-11', false, 'out-of-time', '2026-03-10'],
    ['2024-02-29', '2025-02-28', true, 'in-time', '2025-02-28'], // 29 February falls back to 28
    ['2024-02-29', '2025-03-01', true, 'out-of-time', '2025-02-28'],
  ])(
    'failure %s, contested %s by registered letter %s → %s',
    (failureDate, contestedOn, byRegisteredLetter, outcome, deadline) => {
      expect(run({ failureDate, contestedOn, byRegisteredLetter }, contestedOn)).toMatchObject({
        outcome,
        deadline,
        parameters: { contestationYears: 1 },
      });
    },
  );
  it('refuses a contestation before the failure', () => {
    expect(
      invalidPaths(() =>
        run({ failureDate: '2025-03-10', contestedOn: '2025-03-09', byRegisteredLetter: true }, '2025-04-01'),
      ),
    ).toEqual(['facts.contestedOn']);
  });
});
