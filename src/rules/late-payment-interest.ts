/**
 * Late-payment interest on integer days and integer cents (art. 10.3; RULES.md "Late-payment
 * interest"). Interest runs from the day after the due date; the base is the unpaid amount
 * including VAT; a payment lowers the base from the day after it reaches ALLEO (its own day
 * still bears interest on what it pays); a new period starts whenever the rate or the base
 * changes; each period's interest = base × rate × days / 365, rounded once to the cent.
 */
import { stepIndexAt, type RateSteps } from './rate-steps.ts';

/** A payment on an epoch day. */
export interface DayPayment {
  day: number;
  amountCents: number;
}

/** One period of constant base and rate, on epoch days (both ends included). */
export interface DayPeriod {
  from: number;
  to: number;
  days: number;
  rate: number;
  baseCents: number;
  interestCents: number;
}

/** Result of the computation. */
export interface LateInterest {
  periods: DayPeriod[];
  interestCents: number;
  /** Day the cumulative payments reached the total, or null while a balance remains. */
  settledDay: number | null;
  unpaidCents: number;
}

/** Thrown when a day of delay has no rate in the table (before the first ECB step). */
export class NoRateError extends Error {
  constructor(readonly day: number) {
    super(`No ECB rate known on epoch day ${day}`);
  }
}

// base (cents) × rate (1e-4 %) × days / (100 % × 1e4 × 365 days) = cents
const DENOMINATOR = 100 * 10_000 * 365;
const SAFE_PRODUCT = 2 ** 52;

/** base × rate × days / 365 in cents, rounded half away from zero (all terms are positive). */
export function periodInterestCents(baseCents: number, rate: number, days: number): number {
  const product = baseCents * rate * days;
  if (product < SAFE_PRODUCT) {
    let q = Math.floor(product / DENOMINATOR);
    let r = product - q * DENOMINATOR;
    // The float division may land one off near an integer: correct with the exact remainder.
    if (r < 0) {
      q -= 1;
      r += DENOMINATOR;
    } else if (r >= DENOMINATOR) {
      q += 1;
      r -= DENOMINATOR;
    }
    return 2 * r >= DENOMINATOR ? q + 1 : q;
  }
  const big = BigInt(baseCents) * BigInt(rate) * BigInt(days);
  const den = BigInt(DENOMINATOR);
  const q = big / den;
  return Number(2n * (big % den) >= den ? q + 1n : q);
}

/**
 * Periods and interest from dueDay + 1 to the settling payment's day or asOfDay, whichever is
 * first. Payments must be sorted by day and dated on or before asOfDay. Payments beyond the total
 * only settle the invoice: the base never goes below zero (an excess is a credit, not interest).
 */
export function computeLateInterest(input: {
  dueDay: number;
  asOfDay: number;
  totalCents: number;
  payments: readonly DayPayment[];
  steps: RateSteps;
}): LateInterest {
  const { dueDay, asOfDay, totalCents, payments, steps } = input;
  let cumulative = 0;
  let settledDay: number | null = null;
  for (const p of payments) {
    cumulative += p.amountCents;
    if (settledDay === null && cumulative >= totalCents) settledDay = p.day;
  }
  const unpaidCents = Math.max(0, totalCents - cumulative);
  const end = settledDay === null ? asOfDay : Math.min(settledDay, asOfDay);
  const periods: DayPeriod[] = [];
  let interestCents = 0;
  let cursor = dueDay + 1;
  let paid = 0;
  let i = 0;
  while (i < payments.length && payments[i]!.day < cursor) paid += payments[i++]!.amountCents;
  let k = cursor <= end ? stepIndexAt(steps, cursor) : 0;
  if (k < 0) throw new NoRateError(cursor);
  while (cursor <= end && paid < totalCents) {
    let to = end;
    if (i < payments.length && payments[i]!.day < to) to = payments[i]!.day;
    while (k + 1 < steps.starts.length && steps.starts[k + 1]! <= cursor) k++;
    const nextRateChange = steps.starts[k + 1];
    if (nextRateChange !== undefined && nextRateChange - 1 < to) to = nextRateChange - 1;
    const baseCents = totalCents - paid;
    const rate = steps.rates[k]!;
    const days = to - cursor + 1;
    const interest = periodInterestCents(baseCents, rate, days);
    periods.push({ from: cursor, to, days, rate, baseCents, interestCents: interest });
    interestCents += interest;
    cursor = to + 1;
    while (i < payments.length && payments[i]!.day < cursor) paid += payments[i++]!.amountCents;
  }
  return { periods, interestCents, settledDay, unpaidCents };
}
