/**
 * French public holidays (metropolitan France, Code du travail L3133-1) and the two working-day
 * notions of the terms: jours ouvrables (Monday–Saturday) and ALLEO working days (Monday–Friday),
 * both excluding public holidays.
 */
import joursFeries from '@socialgouv/jours-feries';
import {
  civilParts,
  epochDayOf,
  fromEpochDay,
  toEpochDay,
  weekdayOfEpochDay,
  type CivilDate,
  type IsoWeekday,
} from './dates.ts';

/** One public holiday. */
export interface Holiday {
  date: CivilDate;
  name: string;
}

const holidaysByYear = new Map<number, Map<number, string>>();

/**
 * The package returns local-midnight Dates and derives Easter-based days by adding 24 h steps,
 * so across a daylight-saving change a date can land at 23:00 the day before or 01:00. Reading
 * the local calendar day and rounding to the nearest midnight removes that drift in any zone.
 */
function epochDayOfLocalDate(d: Date): number {
  const day = epochDayOf(d.getFullYear(), d.getMonth() + 1, d.getDate());
  return d.getHours() >= 12 ? day + 1 : day;
}

function holidayMap(year: number): Map<number, string> {
  let map = holidaysByYear.get(year);
  if (!map) {
    map = new Map();
    for (const [name, date] of Object.entries(joursFeries(year, { alsace: false }))) {
      const day = epochDayOfLocalDate(date);
      const other = map.get(day); // e.g. 1 May 2008 was also Ascension Day
      map.set(day, other ? `${other} / ${name}` : name);
    }
    holidaysByYear.set(year, map);
  }
  return map;
}

/** Name of the holiday on an epoch day, or undefined. */
export function holidayNameOnEpochDay(epochDay: number): string | undefined {
  return holidayMap(civilParts(epochDay).year).get(epochDay);
}

/** The 11 metropolitan public holidays of a year, in date order. */
export function frenchPublicHolidays(year: number): Holiday[] {
  return [...holidayMap(year).entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, name]) => ({ date: fromEpochDay(day), name }));
}

/** Name of the public holiday on date ("Fête Nationale", …), or null. */
export function holidayName(date: CivilDate): string | null {
  return holidayNameOnEpochDay(toEpochDay(date)) ?? null;
}

/** True when date is a French public holiday. */
export function isFrenchPublicHoliday(date: CivilDate): boolean {
  return holidayName(date) !== null;
}

const MONDAY_TO_SATURDAY: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6];
/** Monday to Friday, the ALLEO working week of art. 6.9. */
export const MONDAY_TO_FRIDAY: readonly IsoWeekday[] = [1, 2, 3, 4, 5];

function isWorkingEpochDay(epochDay: number, weekdays: readonly IsoWeekday[]): boolean {
  return weekdays.includes(weekdayOfEpochDay(epochDay)) && holidayNameOnEpochDay(epochDay) === undefined;
}

/** Jour ouvrable: Monday to Saturday, public holidays excluded. */
export function isJourOuvrable(date: CivilDate): boolean {
  return isWorkingEpochDay(toEpochDay(date), MONDAY_TO_SATURDAY);
}

/** ALLEO working day: Monday to Friday (or the given weekdays), public holidays excluded. */
export function isAlleoWorkingDay(date: CivilDate, weekdays: readonly IsoWeekday[] = MONDAY_TO_FRIDAY): boolean {
  return isWorkingEpochDay(toEpochDay(date), weekdays);
}

function addWorkingDays(date: CivilDate, n: number, weekdays: readonly IsoWeekday[]): CivilDate {
  if (!Number.isInteger(n)) throw new RangeError(`Working-day count must be an integer, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = toEpochDay(date);
  for (let left = Math.abs(n); left > 0;) {
    day += step;
    if (isWorkingEpochDay(day, weekdays)) left--;
  }
  return fromEpochDay(day);
}

/** The nth jour ouvrable after date (date itself not counted); n < 0 counts backwards. */
export function addJoursOuvrables(date: CivilDate, n: number): CivilDate {
  return addWorkingDays(date, n, MONDAY_TO_SATURDAY);
}

/** The nth ALLEO working day after date (date itself not counted); n < 0 counts backwards. */
export function addAlleoWorkingDays(
  date: CivilDate,
  n: number,
  weekdays: readonly IsoWeekday[] = MONDAY_TO_FRIDAY,
): CivilDate {
  return addWorkingDays(date, n, weekdays);
}
