import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import * as repo from './catalogue.repo.ts';
import type { CatalogueItemOut } from './catalogue.schemas.ts';
import { toItemOut } from './item-mapper.ts';

/** One item of the organisation, or undefined (for callers such as quotes that name the field). */
export async function findCatalogueItem(
  ctx: AppContext,
  orgId: string,
  id: string,
): Promise<CatalogueItemOut | undefined> {
  const row = await repo.findItem(ctx.db, orgId, id);
  return row ? toItemOut(row) : undefined;
}

/** One item of the organisation; 404 when unknown. Inactive items stay readable. */
export async function getCatalogueItem(ctx: AppContext, orgId: string, id: string): Promise<CatalogueItemOut> {
  const item = await findCatalogueItem(ctx, orgId, id);
  if (!item) throw new AppError('catalogue.item_not_found');
  return item;
}
