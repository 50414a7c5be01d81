import { describe, expect, it } from 'vitest';
import { invalidPaths, ruleRunner } from './test-support.ts';

const run = ruleRunner('quote.acceptance');
const quote = { issueDate: '2025-03-01', withReservations: false };

describe('quote.acceptance (art. 3.1)', () => {
  it.each([
    [{ acceptedOn: '2025-03-31', method: 'signed-quote' }, 'accepted', null], // last day of validity
    [{ acceptedOn: '2025-04-01', method: 'signed-quote' }, 'refused', 'expired'], // first day after
    [{ acceptedOn: '2025-03-10', method: 'signed-quote', withReservations: true }, 'refused', 'reservations'],
    [{ acceptedOn: '2025-03-10', method: 'purchase-order', referencesQuote: true }, 'accepted', null],
    [{ acceptedOn: '2025-03-10', method: 'purchase-order', referencesQuote: false }, 'refused', 'no-reference'],
    [
      { acceptedOn: '2025-04-02', method: 'purchase-order', referencesQuote: false, withReservations: true },
      'refused',
      'expired',
    ],
    [{ acceptedOn: '2025-04-10', method: 'signed-quote', validityDays: 45 }, 'accepted', null],
  ])('%j → %s (%s)', (facts, outcome, reason) => {
    expect(run({ ...quote, ...facts }, '2025-05-01')).toMatchObject({ outcome, reason });
  });
  it('refuses facts that cannot be judged', () => {
    expect(
      invalidPaths(() => run({ ...quote, acceptedOn: '2025-03-10', method: 'purchase-order' }, '2025-05-01')),
    ).toEqual(['facts.referencesQuote']);
    expect(
      invalidPaths(() => run({ ...quote, acceptedOn: '2025-02-10', method: 'signed-quote' }, '2025-05-01')),
    ).toEqual(['facts.acceptedOn']);
    expect(invalidPaths(() => run({ ...quote, acceptedOn: '2025-03-10', method: 'email' }, '2025-05-01'))).toEqual([
      'facts.method',
    ]);
    expect(
      invalidPaths(() =>
        run({ issueDate: '2025-03-01', acceptedOn: '2025-03-10', method: 'signed-quote' }, '2025-05-01'),
      ),
    ).toEqual(['facts.withReservations']);
  });
});
