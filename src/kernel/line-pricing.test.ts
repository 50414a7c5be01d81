import { describe, expect, it } from 'vitest';
import { priceLines, priceStoredLines } from './line-pricing.ts';

describe('priceLines', () => {
  it('nets every kind as quantity × unit − discount; a rental is priced over its duration', () => {
    const { lines, totals } = priceLines([
      { kind: 'sale', quantity: 3, unitPriceCents: 3333, discountPercent: '12.5', vatRatePercent: '20' },
      { kind: 'service', quantity: 1.5, unitPriceCents: 95000, vatRatePercent: '20.00' },
      {
        kind: 'rental',
        quantity: 2,
        rental: { months: 36, rentCents: 2900, maintenanceFeeCents: 900 },
        discountPercent: '5',
        vatRatePercent: '20',
      },
    ]);
    // 9999 − round(1249.875) = 9999 − 1250 = 8749 (ties and above round away from zero)
    expect(lines[0]).toMatchObject({ quantity: '3', unitPriceCents: 3333, discountPercent: '12.5', netCents: 8749 });
    expect(lines[1]).toMatchObject({ quantity: '1.5', netCents: 142500, vatRatePercent: '20' });
    // 2 × 3800 × 36 = 273600, −5 % = 259920; monthly: 7600 − 380 = 7220
    expect(lines[2]).toMatchObject({
      monthlyRentCents: 3800,
      rentalMonths: 36,
      unitPriceCents: 136800,
      netCents: 259920,
    });
    expect(totals).toMatchObject({ netCents: 8749 + 142500 + 259920, monthlyRentCents: 7220 });
    expect(totals.vatCents).toBe(Math.round((8749 + 142500 + 259920) * 0.2));
  });

  it('rounds VAT once per rate, not per line (EN 16931), and lists the highest rate first', () => {
    const { totals } = priceLines([
      { kind: 'sale', quantity: 1, unitPriceCents: 1005, vatRatePercent: '5.5' },
      { kind: 'sale', quantity: 1, unitPriceCents: 1005, vatRatePercent: '5.5' },
      { kind: 'service', quantity: 1, unitPriceCents: 1000, vatRatePercent: '20' },
    ]);
    // Per line 55.275 → 55 + 55 = 110; on the sum 2010 × 5.5 % = 110.55 → 111.
    expect(totals.vatBreakdown).toEqual([
      { ratePercent: '20', taxableCents: 1000, vatCents: 200 },
      { ratePercent: '5.5', taxableCents: 2010, vatCents: 111 },
    ]);
    expect(totals.monthlyRentCents).toBeNull();
  });

  it('prices stored lines again to the same nets and totals, and re-rates them when their rate changes', () => {
    const input = [
      { kind: 'sale' as const, quantity: 3, unitPriceCents: 3333, discountPercent: '12.5', vatRatePercent: '20' },
      { kind: 'service' as const, quantity: 1.5, unitPriceCents: 95000, vatRatePercent: '5.5' },
      {
        kind: 'rental' as const,
        quantity: 2,
        rental: { months: 36, rentCents: 2900, maintenanceFeeCents: 900 },
        discountPercent: '5',
        vatRatePercent: '20',
      },
    ];
    const first = priceLines(input);
    const stored = first.lines.map((l, i) => ({
      kind: input[i]!.kind,
      quantity: l.quantity,
      unit_price_cents: l.unitPriceCents,
      discount_percent: l.discountPercent,
      rent_cents: l.rentCents,
      maintenance_fee_cents: l.maintenanceFeeCents,
      rental_months: l.rentalMonths,
      vat_rate: l.vatRatePercent,
    }));
    expect(priceStoredLines(stored)).toEqual(first);
    const rerated = priceStoredLines(stored.map((l) => (l.vat_rate === '20' ? { ...l, vat_rate: '21' } : l)));
    expect(rerated.totals.netCents).toBe(first.totals.netCents);
    expect(rerated.totals.vatBreakdown).toEqual([
      { ratePercent: '21', taxableCents: 8749 + 259920, vatCents: Math.round((8749 + 259920) * 0.21) },
      { ratePercent: '5.5', taxableCents: 142500, vatCents: Math.round(142500 * 0.055) },
    ]);
    expect(rerated.totals.grossCents).toBe(rerated.totals.netCents + rerated.totals.vatCents);
  });
});
