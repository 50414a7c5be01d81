import type { AppContext } from '../../context.ts';
import * as repo from './catalogue.repo.ts';
import type { CatalogueItemOut, ListItemsQuery } from './catalogue.schemas.ts';
import { toItemOut } from './item-mapper.ts';

/** A page of the catalogue with the total matching the filters. */
export async function listCatalogueItems(
  ctx: AppContext,
  orgId: string,
  query: ListItemsQuery,
): Promise<{ items: CatalogueItemOut[]; total: number; limit: number; offset: number }> {
  const filters: repo.ItemFilters = {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.offerLine ? { offerLine: query.offerLine } : {}),
    ...(query.category ? { category: query.category } : {}),
    ...(query.active ? { active: query.active === 'true' ? (1 as const) : (0 as const) } : {}),
    ...(query.q ? { search: query.q } : {}),
  };
  const [rows, total] = await Promise.all([
    repo.listItems(ctx.db, orgId, filters, query.limit, query.offset),
    repo.countItems(ctx.db, orgId, filters),
  ]);
  return { items: rows.map(toItemOut), total, limit: query.limit, offset: query.offset };
}
