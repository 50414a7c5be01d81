/**
 * Force majeure (art. 16): an event of art. 16.2 with its start (and end), the contracts it
 * affects and the party that invokes it. While it lasts the contracts are `suspended`: the
 * obligations it prevents and the deadlines that run for them (delivery and intervention dates,
 * reservation and incident deadlines, return deadlines) are pushed by its days — other modules ask
 * `suspendedDays` / `pushDeadline`. Sums of money stay due (ADR 0022): invoices, due dates and
 * late interest are not touched. After 60 days rule force-majeure opens termination without
 * indemnity (terminate-contract.ts).
 */
import { type AppContext } from '../../context.ts';
import type { Db, Dialect } from '../../db/database.ts';
import { addDays, daysBetween, formatDateEn, formatDateFr, maxDate, minDate } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { evaluate } from '../../rules/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import { changeStatusWithin } from './contract-status.ts';
import * as repo from './lifecycle.repo.ts';
import { fmTypeWords } from './lifecycle.schemas.ts';

export interface SuspensionInterval {
  start_date: string;
  end_date: string | null;
}

/**
 * Days of [from, to] (both included) covered by at least one event (an event covers its start
 * to its end day, both included; an open event runs on). Pure.
 */
export function suspendedDaysIn(events: readonly SuspensionInterval[], from: string, to: string): number {
  if (to < from) return 0;
  const spans = events
    .map((e) => [maxDate(e.start_date, from), minDate(e.end_date ?? to, to)] as const)
    .filter(([s, e]) => s <= e)
    .sort((a, b) => a[0].localeCompare(b[0]));
  let days = 0;
  let cursor: string | null = null; // last day counted
  for (const [s, e] of spans) {
    const start: string = cursor !== null && s <= cursor ? addDays(cursor, 1) : s;
    if (start > e) continue;
    days += daysBetween(start, e) + 1;
    cursor = e;
  }
  return days;
}

/**
 * The number of days a contract was suspended by force majeure between two dates (both
 * included). For the modules whose deadlines force majeure suspends (deliveries, interventions,
 * incidents, returns): a deadline running over [from, to] is pushed by this many days.
 */
export async function suspendedDays(
  ctx: Pick<AppContext, 'db'>,
  orgId: string,
  contractId: string,
  from: string,
  to: string,
): Promise<number> {
  return suspendedDaysIn(await repo.eventsOfContract(ctx.db, orgId, contractId), from, to);
}

/** The force-majeure events of a contract (start, end), for the deadline functions of other modules. */
export async function suspensionsOf(
  ctx: Pick<AppContext, 'db'>,
  orgId: string,
  contractId: string,
): Promise<SuspensionInterval[]> {
  return (await repo.eventsOfContract(ctx.db, orgId, contractId)).map((e) => ({
    start_date: e.start_date,
    end_date: e.end_date,
  }));
}

/** The force-majeure events of several contracts, by contract, read in one query (list read models). */
export async function suspensionsOfContracts(
  ctx: Pick<AppContext, 'db'>,
  orgId: string,
  contractIds: readonly string[],
): Promise<Map<string, SuspensionInterval[]>> {
  const byContract = new Map<string, SuspensionInterval[]>();
  if (contractIds.length === 0) return byContract;
  for (const e of await repo.eventsOfContracts(ctx.db, orgId, [...new Set(contractIds)])) {
    const list = byContract.get(e.contract_id) ?? [];
    list.push({ start_date: e.start_date, end_date: e.end_date });
    byContract.set(e.contract_id, list);
  }
  return byContract;
}

/** A deadline that started running on `from`, pushed by the days of force majeure until it is met. */
export function pushDeadlineBy(events: readonly SuspensionInterval[], from: string, deadline: string): string {
  let pushed = deadline;
  for (let i = 0; i < 100; i++) {
    const next = addDays(deadline, suspendedDaysIn(events, from, pushed));
    if (next === pushed) break;
    pushed = next;
  }
  return pushed;
}

/** `pushDeadlineBy` for a contract, reading its events. */
export async function pushDeadline(
  ctx: Pick<AppContext, 'db'>,
  orgId: string,
  contractId: string,
  from: string,
  deadline: string,
): Promise<string> {
  return pushDeadlineBy(await repo.eventsOfContract(ctx.db, orgId, contractId), from, deadline);
}

export const covers = (e: SuspensionInterval, day: string) =>
  e.start_date <= day && (e.end_date === null || e.end_date >= day);

export type EventRow = NonNullable<Awaited<ReturnType<typeof repo.findEvent>>>;

/**
 * Brings the contracts of an event to what it means on `asOf`: suspended while an event covers
 * the day, active again when none does. Inside the caller's transaction.
 */
export async function syncContracts(
  trx: Db,
  dialect: Dialect,
  input: { orgId: string; event: EventRow; contractIds: readonly string[]; asOf: string; actor: string; at: string },
  termsVersion: string,
) {
  let changed = 0;
  for (const contractId of input.contractIds) {
    const row = await repo.lockContract(trx, dialect, input.orgId, contractId);
    if (!row || (row.status !== 'active' && row.status !== 'suspended')) continue;
    const events = await repo.eventsOfContract(trx, input.orgId, contractId);
    const covering = events.filter((e) => covers(e, input.asOf));
    const e = input.event;
    if (covering.length > 0 && row.status === 'active') {
      const first = covering[0]!;
      await changeStatusWithin(trx, dialect, {
        orgId: input.orgId,
        contractId,
        to: 'suspended',
        effectiveOn: maxDate(first.start_date, row.effective_date),
        asOf: input.asOf,
        article: '16.1',
        termsVersion,
        reason: {
          fr: `force majeure (${fmTypeWords(first.event_type).fr}) depuis le ${formatDateFr(first.start_date)} : les obligations qu'elle empêche et leurs délais sont suspendus ; les sommes dues restent exigibles.`,
          en: `force majeure (${fmTypeWords(first.event_type).en}) since ${formatDateEn(first.start_date)}: the obligations it prevents and their deadlines are suspended; sums due remain payable.`,
        },
        actor: input.actor,
        at: input.at,
        fields: { forceMajeureEventId: first.id },
      });
      changed++;
    } else if (covering.length === 0 && row.status === 'suspended') {
      await changeStatusWithin(trx, dialect, {
        orgId: input.orgId,
        contractId,
        to: 'active',
        effectiveOn: input.asOf,
        asOf: input.asOf,
        article: '16.1',
        termsVersion,
        reason: {
          fr: `fin de la force majeure (${fmTypeWords(e.event_type).fr}${e.end_date ? `, terminée le ${formatDateFr(e.end_date)}` : ''}) : les obligations reprennent.`,
          en: `force majeure over (${fmTypeWords(e.event_type).en}${e.end_date ? `, ended on ${formatDateEn(e.end_date)}` : ''}): obligations resume.`,
        },
        actor: input.actor,
        at: input.at,
        fields: { forceMajeureEventId: e.id },
      });
      changed++;
    }
  }
  return changed;
}

/** Rule force-majeure on an event, as of a day. */
export async function eventDecision(ctx: AppContext, orgId: string, e: SuspensionInterval, asOf: string) {
  const terms = await termsInForce(ctx, orgId, asOf);
  return evaluate(
    'force-majeure',
    { startDate: e.start_date, ...(e.end_date ? { endDate: e.end_date } : {}) },
    { asOf, terms },
  );
}

export async function eventOut(ctx: AppContext, orgId: string, e: EventRow, asOf: string) {
  return {
    id: e.id,
    type: e.event_type,
    description: e.description,
    invokedBy: e.invoked_by,
    startDate: e.start_date,
    endDate: e.end_date,
    contractIds: await repo.contractsOfEvent(ctx.db, orgId, e.id),
    decision: await eventDecision(ctx, orgId, e, asOf),
  };
}

export function checkEnd(startDate: string, endDate: string | undefined) {
  if (endDate !== undefined && endDate < startDate)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'endDate',
          message: `must not be before startDate ${startDate}`,
          fr: `ne peut pas précéder la date de début ${startDate}`,
        },
      ],
    });
}

/**
 * Sweep step force-majeure (art. 16.1): contracts suspended on the day an event starts, resumed
 * the day after it ends, and the day an event passes 60 days a decision "terminable" on it.
 */
export async function forceMajeureSweep(ctx: AppContext, orgId: string, asOf: string, beforeCommit: () => void) {
  const events = await repo.listEvents(ctx.db, orgId);
  if (events.length === 0) return { examined: 0, acted: 0 };
  const terms = await termsInForce(ctx, orgId, asOf);
  let acted = 0;
  for (const event of events) {
    if (event.start_date > asOf) continue;
    const decision = await eventDecision(ctx, orgId, event, asOf);
    const at = ctx.now().toISOString();
    acted += await ctx.db.transaction().execute(async (trx) => {
      let n = await syncContracts(
        trx,
        ctx.dialect,
        {
          orgId,
          event,
          contractIds: await repo.contractsOfEvent(trx, orgId, event.id),
          asOf,
          actor: 'system:sweep',
          at,
        },
        terms.version,
      );
      if (decision.outcome === 'terminable') {
        const r = await recordDecision(trx, ctx.dialect, {
          orgId,
          decision,
          objectType: 'force-majeure-event',
          objectId: event.id,
          effectKey: `force-majeure:${event.id}:terminable`,
          actor: 'system:sweep',
          at,
        });
        if (r.recorded) n++;
      }
      beforeCommit();
      return n;
    });
  }
  return { examined: events.length, acted };
}
