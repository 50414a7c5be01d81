/**
 * The rent invoice of a contract for a month (pure; CGV art. 10.1, LEGAL.md §6.2). Rents are
 * invoiced in advance, one invoice per contract and month. Each rental line bills its quantity
 * at its monthly rent (rental + maintenance, art. 9.1) with its discount and VAT rate; a month the
 * rental covers only in part (the first, from the unit's delivery or the contract's stated start;
 * the last, up to the unit's return or the rental end)
 * is prorated by days (a contract terminated, cancelled or ended is billed up to the day before its
 * end): the unit price is the monthly rent × covered days / days of the month,
 * rounded to the cent, and the label states the proration. The invoice then nets as quantity ×
 * unit price − discount, the EN 16931 way (priceInvoice).
 */
import { addDays, daysBetween, daysInMonth, isCivilDate, maxDate, minDate } from '../../kernel/dates.ts';
import { formatEurosFr, MoneyDecimal, roundCents } from '../../kernel/money.ts';
import type { LineDraft } from '../invoices/index.ts';

/** A billing period: a calendar month 'YYYY-MM'. */
/** The final statuses of a contract (contracts/contract-status.ts): billed at most up to ended_on. */
export const ENDED: readonly string[] = ['terminated', 'cancelled', 'ended'];

export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface PeriodBounds {
  period: string;
  start: string;
  end: string;
  days: number;
}

export function isPeriod(value: string): boolean {
  return PERIOD_PATTERN.test(value) && isCivilDate(`${value}-01`);
}

export function periodBounds(period: string): PeriodBounds {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) throw new RangeError(`A period is YYYY-MM, got "${period}"`);
  const days = daysInMonth(Number(m[1]), Number(m[2]));
  return { period, start: `${period}-01`, end: `${period}-${String(days).padStart(2, '0')}`, days };
}

/** The month before a period ('2027-01' → '2026-12'). */
export function previousPeriod(period: string): string {
  return addDays(periodBounds(period).start, -1).slice(0, 7);
}

/** The month after a period ('2026-12' → '2027-01'). */
export function nextPeriod(period: string): string {
  return addDays(periodBounds(period).end, 1).slice(0, 7);
}

/** How far back the billing catches up unbilled months (the current month aside). */
export const MAX_CATCH_UP_MONTHS = 12;

/** The oldest month caught up from a month `current`. */
export function oldestCatchUpPeriod(current: string): string {
  let oldest = current;
  for (let i = 0; i < MAX_CATCH_UP_MONTHS; i++) oldest = previousPeriod(oldest);
  return oldest;
}

/** A rental line of a contract, as the billing run reads it. */
export interface RentalLine {
  id: string;
  catalogue_item_id: string;
  sku: string;
  label: string;
  quantity: string;
  /** Rent + maintenance per unit and month (art. 9.1). */
  monthly_rent_cents: number | null;
  discount_percent: string | null;
  vat_rate: string;
  rental_ends_on: string | null;
  /**
   * The units of the line in the equipment register (art. 4.2.1, 15.3): each is billed from its
   * delivery (never before the effective date) to its return (or its return due date), never
   * before nor after; the billing run always gives them, so an undelivered unit is never billed.
   * Absent only in the pure tests of this file: the whole quantity from the effective date.
   */
  units?: ReadonlyArray<{ from: string; to: string | null; deliveryId?: string; recordedAt?: string }>;
}

const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

function dayFr(date: string): string {
  const d = Number(date.slice(8, 10));
  return d === 1 ? '1er' : String(d);
}

/** 'Loyer décembre 2026' for a month. */
export function rentTitle(period: string): string {
  return `Loyer ${MONTHS_FR[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
}

/** The prorated unit price of a month covered `days` out of `monthDays` (half-up to the cent). */
export function proratedCents(monthlyCents: number, days: number, monthDays: number): number {
  return roundCents(new MoneyDecimal(monthlyCents).times(days).dividedBy(monthDays));
}

export interface RentInvoiceDraft {
  periodStart: string;
  periodEnd: string;
  lines: LineDraft[];
}

/**
 * The lines of the rent invoice of a contract effective on `effectiveDate` for a period, or null
 * when no rental line covers a day of it.
 */
export function rentInvoiceFor(
  effectiveDate: string,
  lines: readonly RentalLine[],
  bounds: PeriodBounds,
  /** The first day the contract no longer runs (terminated, cancelled, ended): billed up to the day before. */
  endedOn: string | null = null,
): RentInvoiceDraft | null {
  const drafts: LineDraft[] = [];
  let periodStart: string | null = null;
  let periodEnd: string | null = null;
  const title = rentTitle(bounds.period);
  const month = MONTHS_FR[Number(bounds.period.slice(5, 7)) - 1];
  for (const l of lines) {
    if (l.monthly_rent_cents === null) continue;
    let lineEnd = l.rental_ends_on === null ? bounds.end : minDate(l.rental_ends_on, bounds.end);
    if (endedOn !== null) lineEnd = minDate(lineEnd, addDays(endedOn, -1));
    // Without units: the whole quantity from the effective date. With units: one draft per span.
    const spans = new Map<string, { from: string; to: string; quantity: number }>();
    const sources = l.units ?? [{ from: effectiveDate, to: null }];
    for (const u of sources) {
      const from = maxDate(maxDate(effectiveDate, u.from), bounds.start);
      const to = u.to === null ? lineEnd : minDate(u.to, lineEnd);
      if (from > to) continue;
      const quantity = l.units ? 1 : Number(l.quantity);
      const key = `${from}:${to}`;
      const span = spans.get(key);
      if (span) span.quantity += quantity;
      else spans.set(key, { from, to, quantity });
    }
    for (const { from, to, quantity } of [...spans.values()].sort(
      (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    )) {
      const days = daysBetween(from, to) + 1;
      const full = days === bounds.days;
      const unit = full ? l.monthly_rent_cents : proratedCents(l.monthly_rent_cents, days, bounds.days);
      const label = full
        ? `${title} : ${l.label}`
        : `${title} (du ${dayFr(from)} au ${dayFr(to)} ${month}, ${days}/${bounds.days} jours d'un loyer mensuel de ${formatEurosFr(l.monthly_rent_cents)} HT) : ${l.label}`;
      drafts.push({
        kind: 'rental',
        nature: 'services',
        contractLineId: l.id,
        catalogueItemId: l.catalogue_item_id,
        sku: l.sku,
        label,
        quantity,
        unitPriceCents: unit,
        discountPercent: l.discount_percent,
        vatRatePercent: l.vat_rate,
        periodStart: from,
        periodEnd: to,
      });
      periodStart = periodStart === null ? from : minDate(periodStart, from);
      periodEnd = periodEnd === null ? to : maxDate(periodEnd, to);
    }
  }
  if (drafts.length === 0) return null;
  return { periodStart: periodStart!, periodEnd: periodEnd!, lines: drafts };
}
