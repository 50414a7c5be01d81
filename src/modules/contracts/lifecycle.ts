/**
 * What the contract page shows of the lifecycle: status, the status changes, formal notices, the
 * termination, force-majeure events with their days and the return dates they push, and the
 * actions the actor may take now (by role and status). Also the end of a contract (art. 15.1).
 */
import { parisDate, type AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { TRANSITIONS } from './contract-status.ts';
import * as contractsRepo from './contracts.repo.ts';
import { eventDecision, pushDeadlineBy, suspendedDaysIn } from './force-majeure.ts';
import { toNoticeOut } from './formal-notices.ts';
import * as repo from './lifecycle.repo.ts';
import { visibleContract } from './read-contracts.ts';
import { toTerminationOut } from './terminate-contract.ts';

/** Who takes the lifecycle decisions: termination is accounting's or an administrator's (art. 15.2). */
export const TERMINATORS = ['admin', 'accounting'] as const;

export const LIFECYCLE_WRITERS = ['admin', 'accounting', 'order-admin'] as const;

export function actionsOf(actor: Actor, status: string): string[] {
  const out: string[] = [];
  const running = (TRANSITIONS as Record<string, readonly string[]>)[status]?.includes('terminated') ?? false;
  if (!running) return out;
  if ((LIFECYCLE_WRITERS as readonly string[]).includes(actor.role)) out.push('formal-notice', 'force-majeure', 'end');
  if ((TERMINATORS as readonly string[]).includes(actor.role)) out.push('terminate', 'cancel-for-non-payment');
  return out;
}

/** `GET /api/contracts/:id/lifecycle`. */
export async function getLifecycle(ctx: AppContext, actor: Actor, contractId: string) {
  const contract = await visibleContract(ctx, actor, contractId);
  const today = parisDate(ctx.now());
  const [changes, notices, termination, events, lines] = await Promise.all([
    repo.statusChangesOf(ctx.db, actor.orgId, contract.id),
    repo.noticesOf(ctx.db, actor.orgId, contract.id),
    repo.terminationOf(ctx.db, actor.orgId, contract.id),
    repo.eventsOfContract(ctx.db, actor.orgId, contract.id),
    contractsRepo.linesOf(ctx.db, contract.id),
  ]);
  const forceMajeure = [];
  for (const e of events)
    forceMajeure.push({
      id: e.id,
      type: e.event_type,
      description: e.description,
      invokedBy: e.invoked_by,
      startDate: e.start_date,
      endDate: e.end_date,
      decision: await eventDecision(ctx, actor.orgId, e, today),
    });
  const until = contract.ended_on && contract.ended_on <= today ? contract.ended_on : today;
  return {
    contractId: contract.id,
    status: contract.status,
    endedOn: contract.ended_on,
    actions: actionsOf(actor, contract.status),
    changes: changes.map((c) => ({
      from: c.from_status,
      to: c.to_status,
      effectiveOn: c.effective_on,
      article: c.article,
      reason: { fr: c.reason_fr, en: c.reason_en },
      recordedBy: c.recorded_by,
      recordedAt: c.recorded_at,
    })),
    formalNotices: notices.map(toNoticeOut),
    termination: termination ? toTerminationOut(termination) : null,
    forceMajeure,
    suspendedDays: suspendedDaysIn(events, contract.effective_date, until),
    rentalReturns: lines
      .filter((l) => l.kind === 'rental' && l.rental_ends_on !== null)
      .map((l) => {
        const returnDueOn = pushDeadlineBy(events, contract.effective_date, l.rental_ends_on!);
        return {
          lineId: l.id,
          rentalEndsOn: l.rental_ends_on!,
          suspendedDays: suspendedDaysIn(events, contract.effective_date, returnDueOn),
          returnDueOn,
        };
      }),
  };
}
