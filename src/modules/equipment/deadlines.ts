/**
 * The deadlines of the equipment lifecycle, one named function each: the reservations to the
 * carrier (art. 4.1.3), the incident report (art. 7) and the return of rented products (art.
 * 15.3). Each decision comes from the rule of the catalogue (src/rules); a force-majeure
 * suspension (art. 16, another capability) will push these deadlines here, and only here.
 */
import { addDays, addMonths } from '../../kernel/dates.ts';
import type { Decision } from '../../kernel/decision.ts';
import { evaluate } from '../../rules/index.ts';
import type { TermsVersion } from '../../terms/index.ts';

/** Rule delivery.reservation-deadline: reservations confirmed in time, late, pending or deemed accepted. */
export function reservationDecision(input: {
  asOf: string;
  terms: TermsVersion;
  deliveredOn: string;
  confirmedToCarrierOn?: string | null;
}): Decision {
  const facts = {
    deliveryDate: input.deliveredOn,
    ...(input.confirmedToCarrierOn ? { confirmedToCarrierOn: input.confirmedToCarrierOn } : {}),
  };
  return evaluate('delivery.reservation-deadline', facts, { asOf: input.asOf, terms: input.terms });
}

/** Rule rental.incident-report: reported within the hours of the terms after the event, or late. */
export function incidentDecision(input: {
  asOf: string;
  terms: TermsVersion;
  eventAt: string;
  reportedAt: string;
}): Decision {
  return evaluate(
    'rental.incident-report',
    { eventAt: input.eventAt, reportedAt: input.reportedAt },
    { asOf: input.asOf, terms: input.terms },
  );
}

/**
 * The day rented products are due back (art. 15.1, 15.3): the rental runs for the duration of the
 * quote from its delivery, so the last day is delivery + months − 1 day; without a duration, the
 * rental end written on the contract line. Null when neither is known (open-ended).
 */
export function returnDueDate(input: {
  deliveredOn: string;
  rentalMonths: number | null;
  lineEndsOn: string | null;
}): string | null {
  if (input.rentalMonths) return addDays(addMonths(input.deliveredOn, input.rentalMonths), -1);
  return input.lineEndsOn;
}

/** Rule rental.late-return: days late and the immobilisation indemnity (monthly rent ÷ 30 × days). */
export function lateReturnDecision(input: {
  asOf: string;
  terms: TermsVersion;
  returnDueOn: string;
  returnedOn?: string | null;
  monthlyRentCents: number;
}): Decision<{ daysLate: number; indemnityCents: number }> {
  return evaluate(
    'rental.late-return',
    {
      returnDueDate: input.returnDueOn,
      monthlyRentCents: input.monthlyRentCents,
      ...(input.returnedOn ? { returnedOn: input.returnedOn } : {}),
    },
    { asOf: input.asOf, terms: input.terms },
  ) as Decision<{ daysLate: number; indemnityCents: number }>;
}
