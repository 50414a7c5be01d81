/**
 * The slot of an intervention against ALLEO working days and hours (art. 6.9): Monday–Friday
 * (the terms' working weekdays), French public holidays excluded, within the terms' business
 * hours. Outside them the catalogue's off-hours surcharge applies. Pure: no clock, no I/O.
 */
import { holidayName, isAlleoWorkingDay } from '../../kernel/calendar.ts';
import { addDays, dayOfWeek, formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { applyRatePercent } from '../../kernel/money.ts';
import type { TermsVersion } from '../../terms/index.ts';
import type { SlotCheckOut } from './interventions.schemas.ts';

export interface SlotInput {
  date: string;
  start: string;
  end: string;
}

/** 400 naming `end` when the slot ends before (or when) it starts. */
export function assertSlot(s: SlotInput) {
  if (s.end <= s.start)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'end',
          message: `must be after the start (${s.start})`,
          fr: `doit être postérieure au début (${s.start})`,
        },
      ],
    });
}

/** The price of one intervention: the contract line's unit price less its discount (rental maintenance: 0). */
export function servicePriceOf(line: { unit_price_cents: number; discount_percent: string | null; category: string }) {
  if (line.category === 'rental-maintenance') return 0; // included in the rent, never billed (6.7)
  const unit = Number(line.unit_price_cents);
  return line.discount_percent ? unit - applyRatePercent(unit, line.discount_percent) : unit;
}

export const startsAt = (s: SlotInput) => `${s.date}T${s.start}`;
export const endsAt = (s: SlotInput) => `${s.date}T${s.end}`;

export function checkSlot(
  terms: TermsVersion,
  s: SlotInput,
  tariff: { servicePriceCents: number; surchargePercent: string | null },
): SlotCheckOut {
  const hours = terms.parameters.alleoWorkingHours;
  const reasons: { fr: string; en: string }[] = [];
  const holiday = holidayName(s.date);
  if (holiday) reasons.push({ fr: `jour férié (${holiday})`, en: `public holiday (${holiday})` });
  else if (!isAlleoWorkingDay(s.date, terms.parameters.alleoWorkingWeekdays)) {
    const weekday = dayOfWeek(s.date);
    reasons.push(
      weekday >= 6
        ? { fr: `week-end (${formatDateFr(s.date)})`, en: `weekend (${s.date})` }
        : { fr: 'jour non ouvré ALLEO', en: 'not an ALLEO working day' },
    );
  }
  if (s.start < hours.start || s.end > hours.end)
    reasons.push({
      fr: `hors des heures ouvrables (${hours.start}–${hours.end})`,
      en: `outside business hours (${hours.start}–${hours.end})`,
    });
  const offHours = reasons.length > 0;
  const percent = offHours ? tariff.surchargePercent : null;
  return {
    date: s.date,
    start: s.start,
    end: s.end,
    offHours,
    reasons,
    workingHours: { start: hours.start, end: hours.end },
    surchargePercent: percent,
    servicePriceCents: tariff.servicePriceCents,
    surchargeCents: percent ? applyRatePercent(tariff.servicePriceCents, percent) : 0,
    confirmBy: addDays(s.date, -terms.parameters.interventionConfirmationDays),
    article: '6.9',
  };
}
