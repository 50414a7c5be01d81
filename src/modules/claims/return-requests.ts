/**
 * Returns (RMA, art. 12): no return without ALLEO's agreement. A return request (the client in
 * the portal, or staff for it) is agreed — transport at the client's cost unless agreed
 * otherwise, recorded — or refused; on arrival the unit is received, then inspected; only a unit
 * received in perfect state gives a credit note, drafted from the inspection (never before it).
 */
import { type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { clientScope } from '../shared/index.ts';
import * as repo from './claims.repo.ts';

export type ReturnRow = NonNullable<Awaited<ReturnType<typeof repo.findReturn>>>;

export function toReturnOut(r: ReturnRow) {
  return {
    id: r.id,
    clientId: r.client_id,
    contractId: r.contract_id,
    contractLineId: r.contract_line_id,
    serial: r.serial,
    reason: r.reason,
    requestedOn: r.requested_on,
    status: r.status,
    transportPaidBy: r.transport_paid_by,
    decisionNote: r.decision_note,
    receivedOn: r.received_on,
    inspectionState: r.inspection_state,
    inspectionNote: r.inspection_note,
    creditNoteId: r.credit_note_id,
    createdAt: r.created_at,
  };
}

export const reread = async (ctx: AppContext, orgId: string, id: string) =>
  toReturnOut((await repo.findReturn(ctx.db, orgId, id, null))!);

export async function getReturn(ctx: AppContext, actor: Actor, id: string) {
  const r = await repo.findReturn(ctx.db, actor.orgId, id, clientScope(actor));
  if (!r) throw new AppError('claims.not_found');
  return toReturnOut(r);
}

export async function listReturns(ctx: AppContext, actor: Actor, contractId?: string) {
  const rows = await repo.listReturns(ctx.db, actor.orgId, {
    clientId: clientScope(actor),
    ...(contractId ? { contractId } : {}),
  });
  return rows.map(toReturnOut);
}

export async function staffReturn(ctx: AppContext, actor: Actor, id: string) {
  const r = await repo.findReturn(ctx.db, actor.orgId, id, null);
  if (!r) throw new AppError('claims.not_found');
  return r;
}

export const wrongState = (r: ReturnRow, step: string) =>
  new AppError('claims.wrong_state', {
    detail: `The return is ${r.status}: it cannot be ${step}`,
    extra: { currentStatus: r.status },
  });
