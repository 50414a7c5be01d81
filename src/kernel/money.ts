/**
 * Money: integer euro cents; rates as decimal strings in percent ("20", "5.5", "12.15").
 * Rounding is to the cent, half away from zero (decimal.js ROUND_HALF_UP rounds ties away from
 * zero, including for negative amounts such as credit-note lines).
 *
 * VAT follows EN 16931 (the model of Factur-X): each line net amount is rounded to the cent, then
 * for each VAT category and rate the line nets are summed and the VAT is rounded once on that sum.
 * Summing per-line VAT instead drifts by a cent on many-line invoices and fails BR-CO-17.
 */
import Decimal from 'decimal.js';

/** Decimal configured for money: generous precision, ties away from zero. */
export const MoneyDecimal = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });

/** An amount in euro cents (a safe integer). */
export type Cents = number;

/**
 * The largest amount of one document, EUR 100 million in cents: every amount given to the product
 * (a unit price, a rent, a payment, a bank statement line…) and every total it computes (a line,
 * a quote, an invoice, a credit note) is at most this, so that a stored document can always be
 * issued, printed and exchanged (EN 16931 amounts, PostgreSQL bigint, exact JavaScript numbers).
 */
export const MAX_DOCUMENT_CENTS: Cents = 10_000_000_000;

/** The bound as people read it, in French and in English. */
export const MAX_DOCUMENT_EUROS_TEXT = { fr: '100 000 000,00 €', en: 'EUR 100,000,000.00' };

/** A rate in percent with at most 4 decimals: "20", "5.5", "13.15". */
export const RATE_PERCENT_PATTERN = /^\d{1,3}(\.\d{1,4})?$/;

/** True for a safe integer amount of cents. */
export function isCents(value: unknown): value is Cents {
  return Number.isSafeInteger(value);
}

/** Rounds a decimal amount of cents to an integer, half away from zero. */
export function roundCents(value: Decimal.Value): Cents {
  return new MoneyDecimal(value).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** cents × ratePercent / 100, rounded once (e.g. a VAT amount on a taxable base). */
export function applyRatePercent(cents: Cents, ratePercent: string): Cents {
  return roundCents(new MoneyDecimal(cents).times(ratePercent).dividedBy(100));
}

/** Canonical form of a percent rate: "20.00" → "20", "5.50" → "5.5"; throws on a malformed rate. */
export function normalizeRatePercent(ratePercent: string): string {
  if (!RATE_PERCENT_PATTERN.test(ratePercent))
    throw new RangeError(`Invalid rate ${JSON.stringify(ratePercent)}: expected a percent such as "20" or "5.5"`);
  return new MoneyDecimal(ratePercent).toString();
}

/** One invoice or quote line as the VAT computation needs it. */
export interface VatLineInput {
  /** Quantity, possibly fractional ("1.5" hours); negative on a credit line. */
  quantity: string | number;
  /** Unit price excl. VAT in cents; may carry sub-cent decimals ("1234.5"), as EN 16931 allows. */
  unitPriceCents: string | number;
  /** Line allowance (discount) excl. VAT in cents, subtracted from quantity × price. */
  discountCents?: Cents;
  /** VAT rate in percent: "20", "10", "5.5", "2.1", "0". */
  vatRatePercent: string;
  /** EN 16931 VAT category code (S standard, Z zero, E exempt, AE reverse charge…); default "S". */
  vatCategory?: string;
}

/** One row of the VAT breakdown (EN 16931 BG-23). */
export interface VatBreakdownRow {
  vatCategory: string;
  ratePercent: string;
  taxableCents: Cents;
  vatCents: Cents;
}

/** Totals of a document. */
export interface VatTotals {
  lineNetCents: Cents[];
  netCents: Cents;
  vatCents: Cents;
  grossCents: Cents;
  vatBreakdown: VatBreakdownRow[];
}

/** Line net amount: quantity × unit price − discount, rounded to the cent. */
export function lineNetCents(line: Pick<VatLineInput, 'quantity' | 'unitPriceCents' | 'discountCents'>): Cents {
  const gross = new MoneyDecimal(line.quantity).times(line.unitPriceCents);
  return roundCents(gross.minus(line.discountCents ?? 0));
}

/** Net, VAT per category and rate, and gross totals of a set of lines (EN 16931 method). */
export function computeVatTotals(lines: readonly VatLineInput[]): VatTotals {
  const groups = new Map<string, VatBreakdownRow>();
  const nets: Cents[] = [];
  for (const line of lines) {
    const net = lineNetCents(line);
    nets.push(net);
    const rate = normalizeRatePercent(line.vatRatePercent);
    const category = line.vatCategory ?? 'S';
    const key = `${category}|${rate}`;
    const row = groups.get(key) ?? { vatCategory: category, ratePercent: rate, taxableCents: 0, vatCents: 0 };
    row.taxableCents += net;
    groups.set(key, row);
  }
  const vatBreakdown = [...groups.values()].sort(
    (a, b) => new MoneyDecimal(b.ratePercent).comparedTo(a.ratePercent) || a.vatCategory.localeCompare(b.vatCategory),
  );
  let netCents = 0;
  let vatCents = 0;
  for (const row of vatBreakdown) {
    row.vatCents = applyRatePercent(row.taxableCents, row.ratePercent);
    netCents += row.taxableCents;
    vatCents += row.vatCents;
  }
  return { lineNetCents: nets, netCents, vatCents, grossCents: netCents + vatCents, vatBreakdown };
}

function groupThousands(digits: string, separator: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

function splitCents(cents: Cents): { sign: string; units: string; fraction: string } {
  const abs = Math.abs(cents);
  return {
    sign: cents < 0 ? '-' : '',
    units: String(Math.floor(abs / 100)),
    fraction: String(abs % 100).padStart(2, '0'),
  };
}

/** 123456 → "1234.56", -50 → "-0.50": two decimals, no grouping, as machine formats write euros (CII, bank CSV). */
export function centsToDecimal(cents: Cents, decimalSeparator: '.' | ',' = '.'): string {
  const { sign, units, fraction } = splitCents(cents);
  return `${sign}${units}${decimalSeparator}${fraction}`;
}

/** 120000 → "1 200,00 €" (French writing; plain spaces so text search and tests stay simple). */
export function formatEurosFr(cents: Cents): string {
  const { sign, units, fraction } = splitCents(cents);
  return `${sign}${groupThousands(units, ' ')},${fraction} €`;
}

/** 120000 → "EUR 1,200.00". */
export function formatEurosEn(cents: Cents): string {
  const { sign, units, fraction } = splitCents(cents);
  return `${sign}EUR ${groupThousands(units, ',')}.${fraction}`;
}

/** A fixed amount as the terms state it: 4000 → "40 €"; an amount with cents keeps them ("40,50 €"). */
export function formatWholeEurosFr(cents: Cents): string {
  return cents % 100 === 0 ? formatEurosFr(cents).replace(/,00 €$/, ' €') : formatEurosFr(cents);
}

/** 4000 → "EUR 40"; an amount with cents keeps them ("EUR 40.50"). */
export function formatWholeEurosEn(cents: Cents): string {
  return cents % 100 === 0 ? formatEurosEn(cents).replace(/\.00$/, '') : formatEurosEn(cents);
}
