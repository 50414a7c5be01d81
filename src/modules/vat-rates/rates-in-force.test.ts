import { describe, expect, it } from 'vitest';
import { findRateInForce, isInForce, ratesInForceOn, type VatRate } from './rates-in-force.ts';

const rate = (ratePercent: string, effectiveFrom: string, effectiveTo: string | null = null, country = 'FR'): VatRate => ({ country, ratePercent, label: `t${ratePercent}`, effectiveFrom, effectiveTo });
// 19.6 until the 2014 reform, then 20; a hypothetical 21 from 2027.
const TABLE = [rate('19.6', '2000-04-01', '2013-12-31'), rate('20', '2014-01-01', '2026-12-31'), rate('21', '2027-01-01'), rate('5.5', '2014-01-01'), rate('2.1', '2014-01-01'), rate('17', '2015-01-01', null, 'LU')];

describe('VAT rates in force', () => {
  it('includes the first and the last day of a period', () => {
    expect(isInForce(rate('20', '2014-01-01', '2026-12-31'), '2014-01-01')).toBe(true);
    expect(isInForce(rate('20', '2014-01-01', '2026-12-31'), '2026-12-31')).toBe(true);
    expect(isInForce(rate('20', '2014-01-01', '2026-12-31'), '2027-01-01')).toBe(false);
    expect(isInForce(rate('20', '2014-01-01', '2026-12-31'), '2013-12-31')).toBe(false);
  });

  it('lists the rates of a date, highest first, for one country', () => {
    expect(ratesInForceOn(TABLE, '2013-12-31').map((r) => r.ratePercent)).toEqual(['19.6']);
    expect(ratesInForceOn(TABLE, '2026-03-02').map((r) => r.ratePercent)).toEqual(['20', '5.5', '2.1']);
    expect(ratesInForceOn(TABLE, '2027-01-01').map((r) => r.ratePercent)).toEqual(['21', '5.5', '2.1']);
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
});
