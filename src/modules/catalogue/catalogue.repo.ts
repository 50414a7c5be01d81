import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { likeContains } from '../../db/like.ts';
import type { CatalogueItemsTable } from '../../db/schema.ts';

export type CatalogueItemRow = Awaited<ReturnType<typeof findItem>> & object;

export interface ItemFilters {
  kind?: string;
  offerLine?: string;
  category?: string;
  active?: 0 | 1;
  /** Text found in the name, SKU or manufacturer. */
  search?: string;
}

function filtered(db: Db, orgId: string, f: ItemFilters) {
  let q = db.selectFrom('catalogue_items').where('org_id', '=', orgId);
  if (f.kind) q = q.where('kind', '=', f.kind as 'product' | 'service');
  if (f.offerLine) q = q.where('offer_line', '=', f.offerLine);
  if (f.category) q = q.where('category', '=', f.category);
  if (f.active !== undefined) q = q.where('active', '=', f.active);
  if (f.search) {
    const p = likeContains(f.search);
    // lower() on both sides: LIKE is case-insensitive on SQLite but not on PostgreSQL.
    q = q.where(
      sql<boolean>`(lower(name) like ${p} escape '\\' or lower(sku) like ${p} escape '\\' or lower(coalesce(manufacturer, '')) like ${p} escape '\\')`,
    );
  }
  return q;
}

export function listItems(db: Db, orgId: string, f: ItemFilters, limit: number, offset: number) {
  return filtered(db, orgId, f)
    .selectAll()
    .orderBy('kind')
    .orderBy('category')
    .orderBy('sku')
    .limit(limit)
    .offset(offset)
    .execute();
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
