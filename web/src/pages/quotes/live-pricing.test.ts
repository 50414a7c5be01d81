/** The editor's live totals equal, to the cent, what the server stores for the same lines. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceLines, type LineToPrice } from '../../../../src/kernel/line-pricing.ts';
import { livePricing, type LiveLine } from './live-pricing.ts';

const rate = fc.constantFrom('20', '10', '5.5', '2.1');
const quantity = fc.integer({ min: 1, max: 200_000 }).map((n) => (n / 1000).toString());
const percent = fc.option(
  fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 100).toString()),
  { nil: undefined },
);
const cents = fc.integer({ min: 0, max: 5_000_000 });

const line: fc.Arbitrary<LiveLine> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('sale' as const, 'service' as const),
    quantity,
    unitPriceCents: cents,
    discountPercent: percent,
    vatRatePercent: rate,
  }),
  fc.record({
    kind: fc.constant('rental' as const),
    quantity: fc.integer({ min: 1, max: 50 }).map(String),
    discountPercent: percent,
    rental: fc.record({
      months: fc.integer({ min: 1, max: 120 }),
      rentCents: cents,
      maintenanceFeeCents: fc.integer({ min: 0, max: 100_000 }),
    }),
    vatRatePercent: rate,
  }),
);

function serverPricing(lines: LiveLine[]) {
  const input: LineToPrice[] = lines.map((l) => ({
    kind: l.kind,
    quantity: Number(l.quantity),
    vatRatePercent: l.vatRatePercent,
    ...(l.unitPriceCents !== undefined ? { unitPriceCents: l.unitPriceCents } : {}),
    ...(l.discountPercent !== undefined ? { discountPercent: l.discountPercent } : {}),
    ...(l.rental ? { rental: l.rental } : {}),
  }));
  return priceLines(input);
}

describe('live quote totals', () => {
  it('a rental and a discounted sale: the figures of the end-to-end test', () => {
    const { lineNets, totals } = livePricing([
      {
        kind: 'rental',
        quantity: '2',
        rental: { months: 36, rentCents: 2900, maintenanceFeeCents: 900 },
        vatRatePercent: '20',
      },
      { kind: 'sale', quantity: '1', unitPriceCents: 59000, discountPercent: '10', vatRatePercent: '20' },
      null,
    ]);
    expect(lineNets).toEqual([273600, 53100, null]);
    expect(totals).toEqual({
      netCents: 326700,
      vatCents: 65340,
      grossCents: 392040,
      monthlyRentCents: 7600,
      vatBreakdown: [{ ratePercent: '20', taxableCents: 326700, vatCents: 65340 }],
    });
  });

  it('equals the server pricing on any lines', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const live = livePricing(lines);
        const server = serverPricing(lines);
        expect(live.totals).toEqual(server.totals);
        expect(live.lineNets).toEqual(server.lines.map((l) => l.netCents));
      }),
      { numRuns: 300 },
    );
  });
});
