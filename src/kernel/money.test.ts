import { describe, expect, it } from 'vitest';
import {
  applyRatePercent,
  centsToDecimal,
  computeVatTotals,
  formatEurosEn,
  formatEurosFr,
  formatWholeEurosEn,
  formatWholeEurosFr,
  isCents,
  lineNetCents,
  normalizeRatePercent,
  roundCents,
} from './money.ts';

describe('rounding half away from zero', () => {
  it.each([
    ['0.5', 1],
    ['-0.5', -1],
    ['1.4999', 1],
    ['2.5', 3],
    ['-2.5', -3],
    ['1945.48', 1945],
    ['647.5', 648],
    ['0', 0],
  ])('%s → %i', (value, expected) => {
    expect(roundCents(value)).toBe(expected);
  });
  it('applies a percent rate once', () => {
    expect(applyRatePercent(3015, '5.5')).toBe(166); // 165.825
    expect(applyRatePercent(1000, '20')).toBe(200);
    expect(applyRatePercent(-3015, '5.5')).toBe(-166);
  });
  it('recognises cents', () => {
    expect([isCents(1), isCents(1.5), isCents('1'), isCents(2 ** 53)]).toEqual([true, false, false, false]);
  });
});

describe('line net amounts', () => {
  it.each([
    [{ quantity: 3, unitPriceCents: 1005 }, 3015],
    [{ quantity: '1.5', unitPriceCents: 3333 }, 5000], // 4999.5 → 5000
    [{ quantity: 2, unitPriceCents: '1234.5' }, 2469],
    [{ quantity: 10, unitPriceCents: 1000, discountCents: 1500 }, 8500],
    [{ quantity: -1, unitPriceCents: 4999 }, -4999],
    [{ quantity: '0.333', unitPriceCents: 1000 }, 333],
  ])('%j → %i', (line, expected) => {
    expect(lineNetCents(line)).toBe(expected);
  });
});

describe('VAT totals (EN 16931: round once per rate)', () => {
  it('rounds the VAT on the sum of the rate, not per line', () => {
    // three lines of 10.05 € at 5.5 %: per line 0.55275 → 0.55 (×3 = 1.65); per rate 1.65825 → 1.66
    const totals = computeVatTotals(
      [1, 2, 3].map(() => ({ quantity: 1, unitPriceCents: 1005, vatRatePercent: '5.5' })),
    );
    expect(totals.vatBreakdown).toEqual([{ vatCategory: 'S', ratePercent: '5.5', taxableCents: 3015, vatCents: 166 }]);
    expect(totals).toMatchObject({ netCents: 3015, vatCents: 166, grossCents: 3181 });
  });
  it('groups by category and normalised rate, highest rate first', () => {
    const totals = computeVatTotals([
      { quantity: 1, unitPriceCents: 10000, vatRatePercent: '5.5' },
      { quantity: 2, unitPriceCents: 4999, vatRatePercent: '20' },
      { quantity: 1, unitPriceCents: 1, vatRatePercent: '20.00' },
      { quantity: 1, unitPriceCents: 5000, vatRatePercent: '0', vatCategory: 'E' },
      { quantity: -1, unitPriceCents: 999, vatRatePercent: '20' },
    ]);
    expect(totals.lineNetCents).toEqual([10000, 9998, 1, 5000, -999]);
    expect(totals.vatBreakdown).toEqual([
      { vatCategory: 'S', ratePercent: '20', taxableCents: 9000, vatCents: 1800 },
      { vatCategory: 'S', ratePercent: '5.5', taxableCents: 10000, vatCents: 550 },
      { vatCategory: 'E', ratePercent: '0', taxableCents: 5000, vatCents: 0 },
    ]);
    expect(totals).toMatchObject({ netCents: 24000, vatCents: 2350, grossCents: 26350 });
  });
  it('returns zero totals for no line', () => {
    expect(computeVatTotals([])).toEqual({
      lineNetCents: [],
      netCents: 0,
      vatCents: 0,
      grossCents: 0,
      vatBreakdown: [],
    });
  });
  it('refuses a malformed rate', () => {
    expect(() => normalizeRatePercent('20%')).toThrow(RangeError);
    expect(() => computeVatTotals([{ quantity: 1, unitPriceCents: 1, vatRatePercent: 'abc' }])).toThrow(RangeError);
    expect(normalizeRatePercent('5.50')).toBe('5.5');
  });
});

describe('euro formatting', () => {
  it.each([
    [0, '0,00 €', 'EUR 0.00'],
    [5, '0,05 €', 'EUR 0.05'],
    [120000, '1 200,00 €', 'EUR 1,200.00'],
    [123456789, '1 234 567,89 €', 'EUR 1,234,567.89'],
    [-4000, '-40,00 €', '-EUR 40.00'],
  ])('%i cents → %s / %s', (cents, fr, en) => {
    expect(formatEurosFr(cents)).toBe(fr);
    expect(formatEurosEn(cents)).toBe(en);
  });
});

describe('machine decimal writing', () => {
  it.each([
    [0, '0.00', '0,00'],
    [5, '0.05', '0,05'],
    [123456, '1234.56', '1234,56'],
    [-50, '-0.50', '-0,50'],
    [123456789, '1234567.89', '1234567,89'],
  ])('%i cents → %s / %s', (cents, point, comma) => {
    expect(centsToDecimal(cents)).toBe(point);
    expect(centsToDecimal(cents, ',')).toBe(comma);
  });
});

describe('formatWholeEurosFr / formatWholeEurosEn', () => {
  it('write whole euros without cents, as the terms state them, and keep cents otherwise', () => {
    expect(formatWholeEurosFr(4000)).toBe('40 €');
    expect(formatWholeEurosEn(4000)).toBe('EUR 40');
    expect(formatWholeEurosFr(4550)).toBe('45,50 €');
    expect(formatWholeEurosEn(4550)).toBe('EUR 45.50');
    expect(formatWholeEurosFr(120000)).toBe('1 200 €');
    expect(formatWholeEurosEn(120000)).toBe('EUR 1,200');
  });
});
