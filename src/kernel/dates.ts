/**
 * Civil dates ('YYYY-MM-DD', Europe/Paris calendar days, no time, no zone).
 *
 * Day arithmetic runs on epoch-day integers (days since 1970-01-01) because the rules sit on
 * hot paths (the daily sweep, the late-payment bench); month and year arithmetic goes through
 * Temporal so the month-end fallback is the calendar's own.
 */
import { Temporal } from 'temporal-polyfill';

/** A civil date string 'YYYY-MM-DD' (validated at the boundary, see isCivilDate). */
export type CivilDate = string;

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DIGIT_0 = 48;

function digitsAt(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** True for a leap year of the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days of a month (1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when value is a real calendar date written exactly 'YYYY-MM-DD' (no time, no sign). */
export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digitsAt(value, 0, 4);
  const m = digitsAt(value, 5, 2);
  const d = digitsAt(value, 8, 2);
  return y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * The civil dates the product takes at its boundaries (API, command line, files): far enough for
 * any contract, and far from the limits of the date libraries and of PostgreSQL once a rule has
 * added its months or years (a date near 9999 would overflow them).
 */
export const CIVIL_DATE_MIN: CivilDate = '1900-01-01';
export const CIVIL_DATE_MAX: CivilDate = '2199-12-31';

/** True when a civil date lies within CIVIL_DATE_MIN…CIVIL_DATE_MAX. */
export function inSupportedDateRange(date: CivilDate): boolean {
  return date >= CIVIL_DATE_MIN && date <= CIVIL_DATE_MAX;
}

/** Returns value when it is a valid civil date; throws RangeError otherwise. */
export function parseCivilDate(value: string): CivilDate {
  if (!isCivilDate(value)) throw new RangeError(`Invalid civil date ${JSON.stringify(value)}: expected YYYY-MM-DD`);
  return value;
}

/** Days since 1970-01-01 for year/month/day (proleptic Gregorian; eras of 400 years). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12; // March = 0, so the leap day ends the year
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Epoch day of a civil date. The date must be valid (not re-checked: hot path). */
export function toEpochDay(date: CivilDate): number {
  return epochDayOf(digitsAt(date, 0, 4), digitsAt(date, 5, 2), digitsAt(date, 8, 2));
}

/** Year, month, day of an epoch day. */
export function civilParts(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

// Rules turn the same few thousand days back into strings again and again (sweeps, the
// late-payment periods): days of 1900–2199 are formatted once and kept.
const CACHE_FIRST_DAY = -25567; // 1900-01-01
const CACHE_SIZE = 109573; // through 2199-12-31
const formatted: (CivilDate | undefined)[] = [];

/** Civil date of an epoch day. */
export function fromEpochDay(epochDay: number): CivilDate {
  const slot = epochDay - CACHE_FIRST_DAY;
  const inCache = slot >= 0 && slot < CACHE_SIZE;
  const cached = inCache ? formatted[slot] : undefined;
  if (cached !== undefined) return cached;
  const { year, month, day } = civilParts(epochDay);
  if (year < 0 || year > 9999) throw new RangeError(`Date out of range (year ${year})`);
  const text = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  if (inCache) formatted[slot] = text;
  return text;
}

/** date + n calendar days (n may be negative). */
export function addDays(date: CivilDate, n: number): CivilDate {
  return fromEpochDay(toEpochDay(date) + n);
}

/** date + n calendar months; a day that does not exist falls back to the month's last day. */
export function addMonths(date: CivilDate, n: number): CivilDate {
  return Temporal.PlainDate.from(date).add({ months: n }, { overflow: 'constrain' }).toString();
}

/** date + n calendar years; 29 February falls back to 28 February in a common year. */
export function addYears(date: CivilDate, n: number): CivilDate {
  return Temporal.PlainDate.from(date).add({ years: n }, { overflow: 'constrain' }).toString();
}

/** -1, 0 or 1 as a is before, equal to or after b (ISO strings sort chronologically). */
export function compareDates(a: CivilDate, b: CivilDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Signed number of days from `from` to `to` (to − from). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** ISO weekday of an epoch day (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(epochDay: number): IsoWeekday {
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** ISO weekday of a civil date: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: CivilDate): IsoWeekday {
  return weekdayOfEpochDay(toEpochDay(date));
}

/** The earlier of two dates. */
export function minDate(a: CivilDate, b: CivilDate): CivilDate {
  return a <= b ? a : b;
}

/** The later of two dates. */
export function maxDate(a: CivilDate, b: CivilDate): CivilDate {
  return a >= b ? a : b;
}

/** First day of the half-year containing date: 1 January or 1 July. */
export function semesterStart(date: CivilDate): CivilDate {
  return `${date.slice(0, 4)}-${date.slice(5, 7) <= '06' ? '01' : '07'}-01`;
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
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2025-03-01' → '1er mars 2025' (French long form, for explanations). */
export function formatDateFr(date: CivilDate): string {
  const day = digitsAt(date, 8, 2);
  return `${day === 1 ? '1er' : day} ${MONTHS_FR[digitsAt(date, 5, 2) - 1]} ${date.slice(0, 4)}`;
}

/** '2025-03-01' → '1 March 2025' (English long form, for explanations). */
export function formatDateEn(date: CivilDate): string {
  return `${digitsAt(date, 8, 2)} ${MONTHS_EN[digitsAt(date, 5, 2) - 1]} ${date.slice(0, 4)}`;
}
