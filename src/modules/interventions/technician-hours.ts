/**
 * Technicians' weekly working hours (issue #11). Pure: no clock, no I/O.
 *
 * Art. 6.9 only knows ALLEO's working days and hours, outside which a slot is allowed with the
 * surcharge. A technician's hours are a subset of them (who works when inside ALLEO's week): a
 * slot inside ALLEO's hours but outside the technician's is refused (the technician is not
 * working then; the terms give no surcharge for it). The part of an off-hours slot that falls
 * outside ALLEO's hours is surcharged and not checked against the technician's hours.
 */
import { isAlleoWorkingDay } from '../../kernel/calendar.ts';
import { dayOfWeek, type IsoWeekday } from '../../kernel/dates.ts';
import { AppError, type FieldError } from '../../kernel/errors.ts';
import type { SlotInput } from './slot.ts';

export interface DayHours {
  weekday: number;
  start: string;
  end: string;
}

const WEEKDAY_FR = ['', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** 400 naming the entry when a week of hours is not inside ALLEO's working days and hours (art. 6.9). */
export function assertHoursWithinAlleo(
  hours: readonly DayHours[],
  alleo: { start: string; end: string },
  alleoWeekdays: readonly IsoWeekday[],
) {
  const errors: FieldError[] = [];
  const seen = new Set<number>();
  hours.forEach((h, i) => {
    if (seen.has(h.weekday))
      errors.push({ path: `hours.${i}.weekday`, message: 'weekday given twice', fr: 'jour indiqué deux fois' });
    seen.add(h.weekday);
    if (!alleoWeekdays.includes(h.weekday as IsoWeekday))
      errors.push({
        path: `hours.${i}.weekday`,
        message: `${WEEKDAY_EN[h.weekday]} is not an ALLEO working day (art. 6.9)`,
        fr: `le ${WEEKDAY_FR[h.weekday]} n'est pas un jour ouvré ALLEO (art. 6.9)`,
      });
    if (h.end <= h.start)
      errors.push({
        path: `hours.${i}.end`,
        message: `must be after the start (${h.start})`,
        fr: `doit être postérieure au début (${h.start})`,
      });
    else if (h.start < alleo.start || h.end > alleo.end)
      errors.push({
        path: `hours.${i}.${h.start < alleo.start ? 'start' : 'end'}`,
        message: `must be within ALLEO business hours ${alleo.start}–${alleo.end} (art. 6.9)`,
        fr: `doit rester dans les heures ouvrables ALLEO ${alleo.start}–${alleo.end} (art. 6.9)`,
      });
  });
  if (errors.length > 0) throw new AppError('request.invalid', { errors });
}

/**
 * The part of the slot that lies inside ALLEO's working day and hours, which the technician's
 * hours must cover; null when none does (a weekend, a public holiday, or entirely off hours).
 */
export function inHoursPart(
  s: SlotInput,
  alleo: { start: string; end: string },
  alleoWeekdays: readonly IsoWeekday[],
): { start: string; end: string } | null {
  if (!isAlleoWorkingDay(s.date, alleoWeekdays)) return null;
  const start = s.start > alleo.start ? s.start : alleo.start;
  const end = s.end < alleo.end ? s.end : alleo.end;
  return end > start ? { start, end } : null;
}

/** Whether a technician with these hours (null: not set, ALLEO's hours) works during that part. */
export function coversSlot(
  hours: readonly DayHours[] | null,
  date: string,
  part: { start: string; end: string } | null,
): boolean {
  if (part === null || hours === null) return true;
  const day = hours.find((h) => h.weekday === dayOfWeek(date));
  return day !== undefined && day.start <= part.start && day.end >= part.end;
}

/** How a technician's day reads in a refusal: "Tuesday 09:00–13:00" or "not working on Tuesday". */
export function dayText(hours: readonly DayHours[], date: string) {
  const wd = dayOfWeek(date);
  const day = hours.find((h) => h.weekday === wd);
  return day
    ? { fr: `le ${WEEKDAY_FR[wd]} de ${day.start} à ${day.end}`, en: `on ${WEEKDAY_EN[wd]} ${day.start}–${day.end}` }
    : { fr: `ne travaille pas le ${WEEKDAY_FR[wd]}`, en: `does not work on ${WEEKDAY_EN[wd]}` };
}
