import { describe, expect, it } from 'vitest';
import {
  findRateInForce,
  isInForce,
  rateAtTaxPoint,
  rateOfOrderDate,
  ratesInForceOn,
  type VatRate,
} from './vat-rates-in-force.ts';

const LABELS: Record<string, string> = {
  '19.6': 'Taux normal',
  '20': 'Taux normal',
  '21': 'Taux normal',
  '7': 'Taux intermédiaire',
  '10': 'Taux intermédiaire',
  '5.5': 'Taux réduit',
  '2.1': 'Taux particulier',
};
const rate = (
  ratePercent: string,
  effectiveFrom: string,
  effectiveTo: string | null = null,
  country = 'FR',
): VatRate => ({ country, ratePercent, label: LABELS[ratePercent] ?? `t${ratePercent}`, effectiveFrom, effectiveTo });
// 19.6 until the 2014 reform, then 20; a hypothetical 21 from 2027.
const TABLE = [
  rate('19.6', '2000-04-01', '2013-12-31'),
  rate('20', '2014-01-01', '2026-12-31'),
  rate('21', '2027-01-01'),
  rate('7', '2012-01-01', '2013-12-31'),
  rate('10', '2014-01-01'),
  rate('5.5', '2014-01-01'),
  rate('2.1', '2014-01-01'),
  rate('17', '2015-01-01', null, 'LU'),
];

describe('VAT rates in force', () => {
  it('includes the first and the last day of a period', () => {
    expect(isInForce(rate('20', '2014-01-01', '2026-12-31'), '2014-01-01')).toBe(true);
    expect(isInForce(rate('20', '2014-01-01', '2026-12-31'), '2026-12-31')).toBe(true);
    expect(isInForce(rate('20', '2014-01-01', '2026-12-31'), '2027-01-01')).toBe(false);
    expect(isInForce(rate('20', '2014-01-01', '2026-12-31'), '2013-12-31')).toBe(false);
  });

  it('lists the rates of a date, highest first, for one country', () => {
    expect(ratesInForceOn(TABLE, '2013-12-31').map((r) => r.ratePercent)).toEqual(['19.6', '7']);
    expect(ratesInForceOn(TABLE, '2026-03-02').map((r) => r.ratePercent)).toEqual(['20', '10', '5.5', '2.1']);
    expect(ratesInForceOn(TABLE, '2027-01-01').map((r) => r.ratePercent)).toEqual(['21', '10', '5.5', '2.1']);
    expect(ratesInForceOn(TABLE, '2026-03-02', 'LU').map((r) => r.ratePercent)).toEqual(['17']);
  });

  it('finds a rate by value on the order date, whatever its writing', () => {
    expect(findRateInForce(TABLE, '20.00', '2026-12-31')?.effectiveTo).toBe('2026-12-31');
    expect(findRateInForce(TABLE, '20', '2027-01-01')).toBeUndefined();
    expect(findRateInForce(TABLE, '5.50', '2020-06-15')?.ratePercent).toBe('5.5');
    expect(findRateInForce(TABLE, '7', '2020-06-15')).toBeUndefined();
    expect(findRateInForce(TABLE, 'abc', '2020-06-15')).toBeUndefined();
    expect(findRateInForce(TABLE, '-20', '2020-06-15')).toBeUndefined();
  });

  it('passes a change of rate on to the order date through the rate category (art. 9.2)', () => {
    // Still in force: unchanged, whatever its writing.
    expect(rateOfOrderDate(TABLE, '20.0', '2026-12-31')).toMatchObject({ rerated: false, rate: { ratePercent: '20' } });
    // Quoted at 20 in December, ordered in January: the normal rate of that day, 21.
    expect(rateOfOrderDate(TABLE, '20', '2027-01-01')).toMatchObject({
      rerated: true,
      rate: { ratePercent: '21', label: 'Taux normal' },
    });
    // Each category follows its own successor: 7 → 10 in 2014, not 20.
    expect(rateOfOrderDate(TABLE, '7', '2014-02-01')).toMatchObject({ rerated: true, rate: { ratePercent: '10' } });
    expect(rateOfOrderDate(TABLE, '19.6', '2014-01-01')).toMatchObject({ rerated: true, rate: { ratePercent: '20' } });
    // Unknown, malformed, not yet in force, or another country's rate: nothing to apply.
    expect(rateOfOrderDate(TABLE, '8', '2027-01-01')).toBeUndefined();
    expect(rateOfOrderDate(TABLE, 'abc', '2027-01-01')).toBeUndefined();
    expect(rateOfOrderDate(TABLE, '21', '2026-06-01')).toBeUndefined();
    expect(rateOfOrderDate(TABLE, '17', '2027-01-01')).toBeUndefined();
  });

  it("gives an invoice line the rate of its tax point, keeping the contract's when nothing replaces it", () => {
    expect(rateAtTaxPoint(TABLE, '20', '2026-12-31')).toBe('20');
    expect(rateAtTaxPoint(TABLE, '20', '2027-01-01')).toBe('21');
    expect(rateAtTaxPoint(TABLE, '5.5', '2027-01-01')).toBe('5.5');
    expect(rateAtTaxPoint(TABLE, '8', '2027-01-01')).toBe('8');
  });
});
