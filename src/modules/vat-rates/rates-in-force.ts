/**
 * Which VAT rates are in force on a civil date (art. 9.2: the rate of the order date applies).
 * Pure, so a screen previewing a quote and the quote itself pick the rate the same way.
 */
import { normalizeRatePercent, RATE_PERCENT_PATTERN } from '../../kernel/money.ts';

/** One period of one VAT rate; `effectiveTo` is its last day in force (inclusive) or null. */
export interface VatRate {
  country: string;
  ratePercent: string;
  label: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** True when the rate applies on `date` ('YYYY-MM-DD' strings compare in calendar order). */
export function isInForce(rate: VatRate, date: string): boolean {
  return rate.effectiveFrom <= date && (rate.effectiveTo === null || date <= rate.effectiveTo);
}

/** The rates in force on `date`, highest first (the order of the VAT breakdown). */
export function ratesInForceOn(rates: readonly VatRate[], date: string, country = 'FR'): VatRate[] {
  return rates.filter((r) => r.country === country && isInForce(r, date)).sort((a, b) => Number(b.ratePercent) - Number(a.ratePercent));
}

/**
 * The period of `ratePercent` in force on `date`, or undefined (unknown rate, malformed rate,
 * or a rate abolished or not yet in force then). "20.0" and "20" are the same rate.
 */
export function findRateInForce(rates: readonly VatRate[], ratePercent: string, date: string, country = 'FR'): VatRate | undefined {
  if (!RATE_PERCENT_PATTERN.test(ratePercent)) return undefined;
  const wanted = normalizeRatePercent(ratePercent);
  return ratesInForceOn(rates, date, country).find((r) => normalizeRatePercent(r.ratePercent) === wanted);
}
