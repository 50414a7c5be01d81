/**
 * Which VAT rates are in force on a civil date (art. 9.2: the rate of the order date applies).
 * Pure, so a screen previewing a quote and the quote itself pick the rate the same way.
 */
import { normalizeRatePercent, RATE_PERCENT_PATTERN } from './money.ts';

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
  return rates
    .filter((r) => r.country === country && isInForce(r, date))
    .sort((a, b) => Number(b.ratePercent) - Number(a.ratePercent));
}

/**
 * The period of `ratePercent` in force on `date`, or undefined (unknown rate, malformed rate,
 * or a rate abolished or not yet in force then). "20.0" and "20" are the same rate.
 */
export function findRateInForce(
  rates: readonly VatRate[],
  ratePercent: string,
  date: string,
  country = 'FR',
): VatRate | undefined {
  if (!RATE_PERCENT_PATTERN.test(ratePercent)) return undefined;
  const wanted = normalizeRatePercent(ratePercent);
  return ratesInForceOn(rates, date, country).find((r) => normalizeRatePercent(r.ratePercent) === wanted);
}

/**
 * The rate that applies on the order date to a line priced at `ratePercent` (art. 9.2: the VAT
 * in force on the day of the order; a change of rate since the quote is passed on). A rate still
 * in force applies unchanged; a rate abolished since is replaced by the rate of the same category
 * (its label, e.g. "Taux normal") in force that day. Undefined when neither exists.
 */
export function rateOfOrderDate(
  rates: readonly VatRate[],
  ratePercent: string,
  date: string,
  country = 'FR',
): { rate: VatRate; rerated: boolean } | undefined {
  const same = findRateInForce(rates, ratePercent, date, country);
  if (same) return { rate: same, rerated: false };
  if (!RATE_PERCENT_PATTERN.test(ratePercent)) return undefined;
  const wanted = normalizeRatePercent(ratePercent);
  // The latest period of that rate tells its category (a rate value could in theory change category).
  const former = rates
    .filter((r) => r.country === country && normalizeRatePercent(r.ratePercent) === wanted && r.effectiveFrom <= date)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  if (!former) return undefined;
  const successor = ratesInForceOn(rates, date, country).find((r) => r.label === former.label);
  return successor ? { rate: successor, rerated: true } : undefined;
}

/**
 * The rate an invoice line carries at its tax point (the operation date; a rent's period): the
 * contract's rate, or its category's successor after a change of rate by law. VAT is due at the
 * rate in force when it becomes chargeable, and art. 9.2 passes a change on to the price; with
 * no successor in its category the contract's rate stays.
 */
export function rateAtTaxPoint(rates: readonly VatRate[], ratePercent: string, date: string): string {
  return rateOfOrderDate(rates, ratePercent, date)?.rate.ratePercent ?? ratePercent;
}
