/**
 * The period convention of RULES.md: a period of N days that starts on the day of an event D
 * does not count D and ends at the end of day D+N. An act "within" the period may be done up to
 * and including D+N; an act that needs the period "to have passed" may be done from D+N+1.
 * Months and years add calendar months/years with the month-end fallback.
 */
import { addDays, addMonths, addYears, type CivilDate } from './dates.ts';

/** A period length: calendar days, months or years. */
export type PeriodLength = { days: number } | { months: number } | { years: number };

/** Last day of the period that starts on event day D (D + N). */
export function periodLastDay(event: CivilDate, length: PeriodLength): CivilDate {
  if ('days' in length) return addDays(event, length.days);
  if ('months' in length) return addMonths(event, length.months);
  return addYears(event, length.years);
}

/** First day on which the period has passed (D + N + 1 day). */
export function periodPassedFrom(event: CivilDate, length: PeriodLength): CivilDate {
  return addDays(periodLastDay(event, length), 1);
}

/** True when an act on `actDate` falls within the period (on or before its last day). */
export function isWithinPeriod(actDate: CivilDate, event: CivilDate, length: PeriodLength): boolean {
  return actDate <= periodLastDay(event, length);
}

/** True when, on `date`, the period has passed (date ≥ D + N + 1). */
export function hasPeriodPassed(date: CivilDate, event: CivilDate, length: PeriodLength): boolean {
  return date > periodLastDay(event, length);
}

/**
 * Latest day for an act that must happen at least N days before a target day T (T − N):
 * the reverse reading of the same convention (T − N … T spans N days, T not counted).
 */
export function latestDayBefore(target: CivilDate, days: number): CivilDate {
  return addDays(target, -days);
}
