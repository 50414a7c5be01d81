import { describe, expect, it } from 'vitest';
import { priceInvoice } from '../invoices/index.ts';
import {
  isPeriod,
  nextPeriod,
  periodBounds,
  previousPeriod,
  proratedCents,
  rentInvoiceFor,
  type RentalLine,
} from './rent-lines.ts';

const ap: RentalLine = {
  id: 'l1',
  catalogue_item_id: 'ap',
  sku: 'FAP-231F',
  label: 'Borne wifi FortiAP 231F',
  quantity: '4',
  monthly_rent_cents: 3100,
  discount_percent: null,
  vat_rate: '20',
  rental_ends_on: '2029-12-14',
};

describe('rent invoice of a month (art. 10.1, in advance)', () => {
  it('periods', () => {
    expect(periodBounds('2026-02')).toEqual({ period: '2026-02', start: '2026-02-01', end: '2026-02-28', days: 28 });
    expect(periodBounds('2028-02').days).toBe(29);
    expect(nextPeriod('2026-12')).toBe('2027-01');
    expect(previousPeriod('2027-01')).toBe('2026-12');
    expect(previousPeriod('2028-03')).toBe('2028-02');
    expect(isPeriod('2026-13')).toBe(false);
    expect(isPeriod('2026-1')).toBe(false);
    expect(isPeriod('2026-11')).toBe(true);
  });

  it('the first month is prorated by days, the proration stated in the label', () => {
    const r = rentInvoiceFor('2026-12-15', [ap], periodBounds('2026-12'))!;
    expect(r).toMatchObject({ periodStart: '2026-12-15', periodEnd: '2026-12-31' });
    expect(r.lines[0]).toMatchObject({
      kind: 'rental',
      nature: 'services',
      quantity: 4,
      unitPriceCents: 1700,
      periodStart: '2026-12-15',
      periodEnd: '2026-12-31',
      contractLineId: 'l1',
    });
    expect(r.lines[0]!.label).toBe(
      "Loyer décembre 2026 (du 15 au 31 décembre, 17/31 jours d'un loyer mensuel de 31,00 € HT) : Borne wifi FortiAP 231F",
    );
    expect(priceInvoice(r.lines)).toMatchObject({ netCents: 6800, vatCents: 1360, grossCents: 8160 });
  });

  it('a full month bills the monthly rent; the last month is prorated up to the rental end', () => {
    const full = rentInvoiceFor('2026-12-15', [ap], periodBounds('2027-01'))!;
    expect(full.lines[0]).toMatchObject({
      unitPriceCents: 3100,
      label: 'Loyer janvier 2027 : Borne wifi FortiAP 231F',
    });
    expect(priceInvoice(full.lines)).toMatchObject({ netCents: 12400, grossCents: 14880 });
    const last = rentInvoiceFor('2026-12-15', [ap], periodBounds('2029-12'))!;
    expect(last).toMatchObject({ periodStart: '2029-12-01', periodEnd: '2029-12-14' });
    expect(last.lines[0]!.label).toContain('(du 1er au 14 décembre, 14/31 jours');
    expect(last.lines[0]!.unitPriceCents).toBe(1400);
    // Over the whole rental: 35 full months + 17/31 + 14/31 = exactly 36 months.
    expect(rentInvoiceFor('2026-12-15', [ap], periodBounds('2030-01'))).toBeNull();
    expect(rentInvoiceFor('2026-12-15', [ap], periodBounds('2026-11'))).toBeNull();
  });

  it('rounds the prorated unit price half up to the cent; discount and VAT rate of the line are kept', () => {
    expect(proratedCents(3100, 11, 30)).toBe(1137); // 1136.67
    expect(proratedCents(5, 1, 2)).toBe(3); // 2.5 → 3
    const discounted: RentalLine = {
      ...ap,
      id: 'l2',
      quantity: '2',
      discount_percent: '5',
      vat_rate: '5.5',
      rental_ends_on: null,
    };
    const r = rentInvoiceFor('2026-11-20', [ap, discounted], periodBounds('2026-11'))!;
    expect(r.lines.map((l) => l.unitPriceCents)).toEqual([1137, 1137]);
    const priced = priceInvoice(r.lines);
    // 4 × 11.37 = 45.48; 2 × 11.37 = 22.74 − 5 % (1.14) = 21.60
    expect(priced.lines.map((l) => l.net_cents)).toEqual([4548, 2160]);
    expect(priced.lines[1]).toMatchObject({ discount_percent: '5', vat_rate: '5.5' });
    expect(JSON.parse(priced.vatBreakdownJson)).toEqual([
      { ratePercent: '20', taxableCents: 4548, vatCents: 910 },
      { ratePercent: '5.5', taxableCents: 2160, vatCents: 119 },
    ]);
    expect(priced.grossCents).toBe(4548 + 2160 + 910 + 119);
  });

  it('lines ending at different dates: the invoice period spans the days covered', () => {
    const short: RentalLine = { ...ap, id: 'l3', rental_ends_on: '2027-03-10' };
    const r = rentInvoiceFor('2026-03-11', [ap, short], periodBounds('2027-03'))!;
    expect(r.periodStart).toBe('2027-03-01');
    expect(r.periodEnd).toBe('2027-03-31');
    expect(r.lines.map((l) => [l.periodStart, l.periodEnd, l.unitPriceCents])).toEqual([
      ['2027-03-01', '2027-03-31', 3100],
      ['2027-03-01', '2027-03-10', 1000],
    ]);
    expect(rentInvoiceFor('2026-03-11', [{ ...ap, monthly_rent_cents: null }], periodBounds('2027-03'))).toBeNull();
  });

  it('with units in the register: only delivered units, each from its delivery to its return (art. 4.2.1, 15.3)', () => {
    const units = [
      { from: '2026-12-17', to: null },
      { from: '2026-12-17', to: null },
      { from: '2026-12-01', to: '2026-12-10' },
    ];
    const r = rentInvoiceFor('2026-12-01', [{ ...ap, units }], periodBounds('2026-12'))!;
    expect(r.lines.map((l) => [l.quantity, l.periodStart, l.periodEnd, l.unitPriceCents])).toEqual([
      [1, '2026-12-01', '2026-12-10', 1000],
      [2, '2026-12-17', '2026-12-31', 1500],
    ]);
    // Nothing delivered yet: nothing billed.
    expect(rentInvoiceFor('2026-12-01', [{ ...ap, units: [] }], periodBounds('2026-12'))).toBeNull();
    // Returned before the month: nothing billed.
    expect(
      rentInvoiceFor(
        '2026-12-01',
        [{ ...ap, units: [{ from: '2026-11-02', to: '2026-11-30' }] }],
        periodBounds('2026-12'),
      ),
    ).toBeNull();
  });
});
