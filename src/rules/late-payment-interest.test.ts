import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyDecimal, roundCents } from '../kernel/money.ts';
import { toEpochDay } from '../kernel/dates.ts';
import { computeLateInterest, NoRateError, periodInterestCents } from './late-payment-interest.ts';
import { fixedSteps } from './rate-steps.ts';

const day = toEpochDay;

describe('periodInterestCents', () => {
  it.each([
    [120000, 131500, 45, 1945], // LEGAL.md §1.4 example A: 19.4548 €
    [120000, 131500, 15, 648], // example B, H1 part: 6.4849 €
    [120000, 121500, 15, 599], // example B, H2 part: 5.9918 €
    [1825, 100000, 1, 1], // exactly 0.5 cent: away from zero
    [1824, 100000, 1, 0], // 0.4997 cent
    [0, 131500, 10, 0],
  ])('%i cents at %i/10⁴ %% for %i days = %i', (base, rate, days, expected) => {
    expect(periodInterestCents(base, rate, days)).toBe(expected);
  });
  it('matches exact decimal arithmetic, on both the float and the BigInt paths', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e13 }),
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        (base, rate, days) => {
          const exact = new MoneyDecimal(base).times(rate).times(days).dividedBy(365_000_000);
          expect(periodInterestCents(base, rate, days)).toBe(roundCents(exact));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('computeLateInterest', () => {
  const steps = fixedSteps(day('2025-01-01'), 131500);
  it('runs from the day after the due date to the settling payment, inclusive', () => {
    const r = computeLateInterest({
      dueDay: day('2025-03-31'),
      asOfDay: day('2025-06-01'),
      totalCents: 120000,
      payments: [{ day: day('2025-05-15'), amountCents: 120000 }],
      steps,
    });
    expect(r.periods).toEqual([
      {
        from: day('2025-04-01'),
        to: day('2025-05-15'),
        days: 45,
        rate: 131500,
        baseCents: 120000,
        interestCents: 1945,
      },
    ]);
    expect(r.settledDay).toBe(day('2025-05-15'));
  });
  it('lowers the base the day after each payment, several payments on one day together', () => {
    const r = computeLateInterest({
      dueDay: day('2025-03-31'),
      asOfDay: day('2025-04-30'),
      totalCents: 100000,
      payments: [
        { day: day('2025-04-05'), amountCents: 10000 },
        { day: day('2025-04-05'), amountCents: 30000 },
      ],
      steps,
    });
    expect(r.periods.map((p) => [p.days, p.baseCents])).toEqual([
      [5, 100000],
      [25, 60000],
    ]);
    expect(r.unpaidCents).toBe(60000);
    expect(r.settledDay).toBeNull();
  });
  it('throws NoRateError when a day of delay has no rate', () => {
    expect(() =>
      computeLateInterest({
        dueDay: day('2024-12-30'),
        asOfDay: day('2025-01-05'),
        totalCents: 100,
        payments: [],
        steps,
      }),
    ).toThrow(NoRateError);
  });
  it('needs no rate when nothing is late', () => {
    expect(
      computeLateInterest({
        dueDay: day('2024-12-30'),
        asOfDay: day('2024-12-30'),
        totalCents: 100,
        payments: [],
        steps,
      }).periods,
    ).toEqual([]);
  });
});
