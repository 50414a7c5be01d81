import { addDays, addMonths, daysBetween } from '../../kernel/dates.ts';

/**
 * GDPR art. 12(3): a request is answered within one month of its receipt, extendable by two
 * further months. Months are counted as Regulation 1182/71 does: the period ends on the same day
 * of the following month, or on that month's last day when it has no such day (31 January →
 * 28 February, or 29 in a leap year).
 */
export function requestDueOn(receivedOn: string): string {
  return addMonths(receivedOn, 1);
}

/** The deadline extended by two further months (three months from receipt). */
export function extendedDueOn(receivedOn: string): string {
  return addMonths(receivedOn, 3);
}

/** Requests shown on the dashboard: due within this many days. */
export const DUE_SOON_DAYS = 7;

export function dueSoonLimit(today: string): string {
  return addDays(today, DUE_SOON_DAYS);
}

export function daysLeft(today: string, dueOn: string): number {
  return daysBetween(today, dueOn);
}
