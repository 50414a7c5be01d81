import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './catalogue.repo.ts';
import type { CatalogueItemOut } from './catalogue.schemas.ts';
import { toItemOut } from './item-mapper.ts';

/**
 * Withdraws an item from sale (or puts it back). Items are never deleted: quote and contract
 * lines keep pointing at them, with the prices they copied.
 */
export async function setItemActive(
  ctx: AppContext,
  actor: Actor,
  id: string,
  active: boolean,
): Promise<CatalogueItemOut> {
  const row = await repo.findItem(ctx.db, actor.orgId, id);
  if (!row) throw new AppError('catalogue.item_not_found');
  if ((row.active === 1) !== active)
    await repo.updateItem(ctx.db, actor.orgId, id, { active: active ? 1 : 0, updated_at: ctx.now().toISOString() });
  const updated = await repo.findItem(ctx.db, actor.orgId, id);
  if (!updated) throw new AppError('catalogue.item_not_found');
  return toItemOut(updated);
}
