import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './clients.repo.ts';

/**
 * The client if the actor may read it. Another company's client is "not found" for a client
 * user, exactly like an unknown id, so its existence does not leak.
 */
export async function loadVisibleClient(ctx: AppContext, actor: Actor, id: string): Promise<repo.ClientRow> {
  if (actor.role === 'client' && actor.clientId !== id) throw new AppError('client.not_found');
  const row = await repo.findClient(ctx.db, actor.orgId, id);
  if (!row) throw new AppError('client.not_found');
  return row;
}

/**
 * The client if it may still be changed. Once anonymised (art. 17.2) it stays so: writing
 * contacts or details back would undo the erasure.
 */
export async function loadWritableClient(ctx: AppContext, actor: Actor, id: string): Promise<repo.ClientRow> {
  const row = await loadVisibleClient(ctx, actor, id);
  if (row.anonymised_at !== null) throw new AppError('client.anonymised');
  return row;
}
