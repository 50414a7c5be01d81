/**
 * The deadlines of the equipment lifecycle, one named function each: the reservations to the
 * carrier (art. 4.1.3), the incident report (art. 7) and the return of rented products (art.
 * 15.3). Each decision comes from the rule of the catalogue (src/rules).
 *
 * Force majeure (art. 16.1) pushes these deadlines here, and only here: every function takes the
 * contract's force-majeure events (`suspensions`, from `suspensionsOf` of the contracts module)
 * and, the rules being a public contract left untouched, pushes the FACTS it gives the rule — the
 * day the period starts (delivery, incident) or the return due date — by the suspended days. The
 * decision's explanation therefore shows the pushed date.
 */
import { parisDate } from '../../context.ts';
import { addDays, addMonths, daysBetween } from '../../kernel/dates.ts';
import type { Decision } from '../../kernel/decision.ts';
import { addHours } from '../../kernel/timestamps.ts';
import { evaluate } from '../../rules/index.ts';
import type { TermsVersion } from '../../terms/index.ts';
import { pushDeadlineBy, suspendedDaysIn, type SuspensionInterval } from '../contracts/index.ts';

type Suspensions = readonly SuspensionInterval[] | undefined;

/** Rule delivery.reservation-deadline: reservations confirmed in time, late, pending or deemed accepted. */
export function reservationDecision(input: {
  asOf: string;
  terms: TermsVersion;
  deliveredOn: string;
  confirmedToCarrierOn?: string | null;
  suspensions?: Suspensions;
}): Decision {
  const run = (deliveryDate: string) =>
    evaluate(
      'delivery.reservation-deadline',
      {
        deliveryDate,
        ...(input.confirmedToCarrierOn ? { confirmedToCarrierOn: input.confirmedToCarrierOn } : {}),
      },
      { asOf: input.asOf, terms: input.terms },
    );
  const decision = run(input.deliveredOn);
  if (!input.suspensions?.length) return decision;
  // Art. 16.1: the days of force majeure between the delivery and the deadline push the day the
  // jours ouvrables start counting from (the deliveryDate fact), hence the deadline.
  const deadline = String(decision.deadline);
  const shift = daysBetween(deadline, pushDeadlineBy(input.suspensions, input.deliveredOn, deadline));
  return shift > 0 ? run(addDays(input.deliveredOn, shift)) : decision;
}

/** Rule rental.incident-report: reported within the hours of the terms after the event, or late. */
export function incidentDecision(input: {
  asOf: string;
  terms: TermsVersion;
  eventAt: string;
  reportedAt: string;
  suspensions?: Suspensions;
}): Decision {
  // Art. 16.1: the days of force majeure between the event and its reporting limit push the
  // event instant the rule counts the hours from (the eventAt fact) by as many days.
  let eventAt = input.eventAt;
  if (input.suspensions?.length) {
    const from = parisDate(new Date(input.eventAt));
    const limit = parisDate(new Date(addHours(input.eventAt, input.terms.parameters.incidentReportHours)));
    const shift = daysBetween(limit, pushDeadlineBy(input.suspensions, from, limit));
    if (shift > 0) eventAt = addHours(input.eventAt, 24 * shift);
  }
  return evaluate(
    'rental.incident-report',
    { eventAt, reportedAt: input.reportedAt },
    { asOf: input.asOf, terms: input.terms },
  );
}

/**
 * The day rented products are due back (art. 15.1, 15.3): the rental runs for the duration of the
 * quote from its delivery, so the last day is delivery + months − 1 day; without a duration, or
 * when the contract starts the rental at its stated start rather than at the delivery, the rental
 * end written on the contract line (stated start + months − 1 day). Null when neither is known.
 */
export function returnDueDate(input: {
  deliveredOn: string;
  rentalMonths: number | null;
  lineEndsOn: string | null;
  /** The contract's choice (art. 4.2.1, 15.1); default: from the delivery. */
  periodStart?: 'delivery' | 'contract-start';
}): string | null {
  if (input.rentalMonths && input.periodStart !== 'contract-start')
    return addDays(addMonths(input.deliveredOn, input.rentalMonths), -1);
  return input.lineEndsOn;
}

/**
 * The return due date pushed by force majeure (art. 16.1), as the contract's lifecycle shows it:
 * each day of an event from the unit's delivery to its return (or `until`, today while it is
 * out) pushes it by one day — the days suspended during the rental and those of the late period
 * alike, so a late return counts exactly the suspended days fewer.
 */
export function pushedReturnDueOn(input: {
  returnDueOn: string;
  deliveredOn: string;
  until: string;
  suspensions: Suspensions;
}): string {
  if (!input.suspensions?.length || input.until < input.returnDueOn) return input.returnDueOn;
  return addDays(input.returnDueOn, suspendedDaysIn(input.suspensions, input.deliveredOn, input.until));
}

/**
 * Rule rental.late-return: days late and the immobilisation indemnity (monthly rent ÷ 30 × days);
 * the returnDueDate fact is the due date pushed by the days of force majeure (pushedReturnDueOn),
 * so the indemnity counts exactly the suspended days fewer.
 */
export function lateReturnDecision(input: {
  asOf: string;
  terms: TermsVersion;
  returnDueOn: string;
  returnedOn?: string | null;
  monthlyRentCents: number;
  /** The unit's delivery: force-majeure days count from it (with `suspensions`). */
  deliveredOn: string;
  suspensions?: Suspensions;
}): Decision<{ daysLate: number; indemnityCents: number }> {
  return evaluate(
    'rental.late-return',
    {
      returnDueDate: pushedReturnDueOn({
        returnDueOn: input.returnDueOn,
        deliveredOn: input.deliveredOn,
        until: input.returnedOn ?? input.asOf,
        suspensions: input.suspensions,
      }),
      monthlyRentCents: input.monthlyRentCents,
      ...(input.returnedOn ? { returnedOn: input.returnedOn } : {}),
    },
    { asOf: input.asOf, terms: input.terms },
  ) as Decision<{ daysLate: number; indemnityCents: number }>;
}
