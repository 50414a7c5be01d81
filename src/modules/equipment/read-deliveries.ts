import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { clientScope } from '../shared/index.ts';
import * as repo from './equipment.repo.ts';
import { toDeliveryOut } from './mapper.ts';

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
  q: { contractId?: string | undefined; kind?: 'sale' | 'rental' | undefined; limit: number },
) {
  const rows = await repo.listDeliveries(ctx.db, actor.orgId, {
    clientId: clientScope(actor),
    ...(q.contractId ? { contractId: q.contractId } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    limit: q.limit,
  });
  return rows.map((r) => toDeliveryOut(r));
}
