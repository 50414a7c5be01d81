/**
 * TARGET2 business days, on which SEPA direct debits settle: Monday to Friday except 1 January,
 * Good Friday, Easter Monday, 1 May, 25 and 26 December (ECB closing days). Pure.
 */
import { addDays, dayOfWeek, type CivilDate } from '../../kernel/dates.ts';

/** Gregorian Easter Sunday (the anonymous Meeus/Jones/Butcher computation). */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CivilDate;
}

export function isTargetDay(date: CivilDate): boolean {
  if (dayOfWeek(date) >= 6) return false;
  const md = date.slice(5);
  if (md === '01-01' || md === '05-01' || md === '12-25' || md === '12-26') return false;
  const easter = easterSunday(Number(date.slice(0, 4)));
  return date !== addDays(easter, -2) && date !== addDays(easter, 1);
}

/** The date itself when it is a TARGET day, else the next one. */
export function onOrAfterTargetDay(date: CivilDate): CivilDate {
  let d = date;
  while (!isTargetDay(d)) d = addDays(d, 1);
  return d;
}

/** `n` TARGET days after `date` (n ≥ 1). */
export function addTargetDays(date: CivilDate, n: number): CivilDate {
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isTargetDay(d)) left -= 1;
  }
  return d;
}
