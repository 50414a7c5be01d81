import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { clientScope } from '../shared/index.ts';
import * as repo from './equipment.repo.ts';
import { toDeliveryOut } from './mapper.ts';
import { rentalContracts } from './field-work.repo.ts';

/** A delivery the actor may see (a client user: its own company's), or 404. */
export async function visibleDelivery(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.findDelivery(ctx.db, actor.orgId, id, clientScope(actor));
  if (!row) throw new AppError('delivery.not_found');
  return row;
}

export async function getDelivery(ctx: AppContext, actor: Actor, id: string) {
  const row = await visibleDelivery(ctx, actor, id);
  return toDeliveryOut(row, await repo.unitsOfDelivery(ctx.db, id));
}

export async function listDeliveries(
  ctx: AppContext,
  actor: Actor,
  q: {
    contractId?: string | undefined;
    clientId?: string | undefined;
    kind?: 'sale' | 'rental' | undefined;
    limit: number;
  },
) {
  const rows = await repo.listDeliveries(ctx.db, actor.orgId, {
    clientId: clientScope(actor),
    ...(q.clientId ? { clientFilter: q.clientId } : {}),
    ...(q.contractId ? { contractId: q.contractId } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    limit: q.limit,
  });
  return rows.map((r) => toDeliveryOut(r));
}

/**
 * The deliveries still to make (art. 4.1, 4.2.1): per active contract with products, the units
 * ordered and delivered, and its state — to do (none delivered), partial, or done.
 */
export async function deliveryProgress(
  ctx: AppContext,
  actor: Actor,
  q: { clientId?: string | undefined; state?: 'to-do' | undefined; limit: number },
) {
  const scope = clientScope(actor) ?? q.clientId ?? null;
  const rows = await repo.deliveryProgress(ctx.db, actor.orgId, {
    clientId: scope,
    toDeliver: q.state === 'to-do',
    limit: q.limit,
  });
  return rows.map((r) => ({
    contractId: r.id,
    contractNumber: r.number,
    clientId: r.client_id,
    clientName: r.client_name,
    orderDate: r.order_date,
    orderedUnits: r.ordered,
    deliveredUnits: r.delivered,
    state: r.delivered === 0 ? ('to-do' as const) : r.delivered < r.ordered ? ('partial' as const) : ('done' as const),
  }));
}

/** The rental contracts, or (`insurance=missing`) those without an all-risk certificate valid today (art. 4.2.1). */
export async function listRentals(
  ctx: AppContext,
  actor: Actor,
  q: { clientId?: string | undefined; insurance?: 'missing' | undefined; limit: number },
) {
  const rows = await rentalContracts(ctx.db, actor.orgId, {
    clientId: clientScope(actor) ?? q.clientId ?? null,
    ...(q.insurance ? { insurance: q.insurance } : {}),
    today: parisDate(ctx.now()),
    limit: q.limit,
  });
  return rows.map((r) => ({
    contractId: r.id,
    contractNumber: r.number,
    status: r.status,
    clientId: r.client_id,
    clientName: r.client_name,
    orderDate: r.order_date,
  }));
}
