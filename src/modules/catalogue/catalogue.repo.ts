import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetPage, numberSort, textSort, type SortColumn } from '../../db/keyset.ts';
import { likeContains } from '../../db/like.ts';
import type { CatalogueItemsTable } from '../../db/schema.ts';
import type { ItemSort } from './catalogue.schemas.ts';

export type CatalogueItemRow = Awaited<ReturnType<typeof findItem>> & object;

export interface ItemFilters {
  kind?: string;
  offerLine?: string;
  category?: string;
  active?: 0 | 1;
  /** Folded words (ADR 0028): each must be in the name's search key, the SKU or the manufacturer. */
  words?: string[];
}

function filtered(db: Db, orgId: string, f: ItemFilters) {
  let q = db.selectFrom('catalogue_items').where('org_id', '=', orgId);
  if (f.kind) q = q.where('kind', '=', f.kind as 'product' | 'service');
  if (f.offerLine) q = q.where('offer_line', '=', f.offerLine);
  if (f.category) q = q.where('category', '=', f.category);
  if (f.active !== undefined) q = q.where('active', '=', f.active);
  for (const w of f.words ?? []) {
    const p = likeContains(w);
    // lower() on SKU and manufacturer: LIKE is case-insensitive on SQLite but not on PostgreSQL.
    q = q.where(
      sql<boolean>`(search_name like ${p} escape '\\' or lower(sku) like ${p} escape '\\' or lower(coalesce(manufacturer, '')) like ${p} escape '\\')`,
    );
  }
  return q;
}

/** How each sort key orders: the name in French order (its search key), the price in cents. */
const SORTS: Record<ItemSort, SortColumn> = {
  reference: textSort('catalogue_items.sku'),
  name: textSort('catalogue_items.search_name'),
  kind: textSort('catalogue_items.kind'),
  price: numberSort('catalogue_items.indicative_price_cents'),
};

/** The value of a row for the cursor of its sort key. */
export function itemSortValue(r: CatalogueItemRow, sort: ItemSort): string {
  return {
    reference: r.sku,
    name: r.search_name,
    kind: r.kind,
    price: String(r.indicative_price_cents),
  }[sort];
}

/** One keyset page of the filtered catalogue (`offset` kept for callers that page by offset). */
export function listItems(
  db: Db,
  orgId: string,
  f: ItemFilters,
  p: { sort: ItemSort; dir: 'asc' | 'desc'; after: readonly [string, string] | null; limit: number; offset: number },
) {
  const q = keysetPage(filtered(db, orgId, f).selectAll(), {
    column: SORTS[p.sort],
    idColumn: 'catalogue_items.id',
    dir: p.dir,
    after: p.after,
    limit: p.limit,
  });
  return (p.offset > 0 ? q.offset(p.offset) : q).execute();
}

export async function countItems(db: Db, orgId: string, f: ItemFilters): Promise<number> {
  const row = await filtered(db, orgId, f)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findItem(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('catalogue_items')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findItemBySku(db: Db, orgId: string, sku: string) {
  return db
    .selectFrom('catalogue_items')
    .select('id')
    .where('org_id', '=', orgId)
    .where('sku', '=', sku)
    .executeTakeFirst();
}

export function insertItem(db: Db, row: Insertable<CatalogueItemsTable>) {
  return db.insertInto('catalogue_items').values(row).execute();
}

export function updateItem(db: Db, orgId: string, id: string, set: Updateable<CatalogueItemsTable>) {
  return db.updateTable('catalogue_items').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
}
