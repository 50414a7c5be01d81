import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { likeContains } from '../../db/like.ts';

/** Clients by folded name (ADR 0028) or SIREN / SIRET prefix, by folded name. */
export function searchClients(db: Db, orgId: string, folded: string, digits: string | null, limit: number) {
  const name = likeContains(folded);
  let q = db
    .selectFrom('clients')
    .select(['id', 'legal_name', 'siren', 'city'])
    .where('org_id', '=', orgId)
    .where('anonymised_at', 'is', null);
  q = digits
    ? q.where(
        sql<boolean>`(search_name like ${name} escape '\\' or siren like ${`${digits}%`} or siret like ${`${digits}%`})`,
      )
    : q.where(sql<boolean>`search_name like ${name} escape '\\'`);
  return q.orderBy('search_name').orderBy('id').limit(limit).execute();
}

type Numbered = 'quotes' | 'contracts' | 'invoices';

/**
 * Numbered documents whose number contains the text (case folded), or whose client's folded name
 * does: newest number first.
 */
export function searchNumbered(db: Db, table: Numbered, orgId: string, text: string, folded: string, limit: number) {
  const number = likeContains(text);
  const name = likeContains(folded);
  return db
    .selectFrom(`${table} as d` as 'quotes as d')
    .innerJoin('clients as c', 'c.id', 'd.client_id')
    .select(['d.id', 'd.number', 'c.legal_name as client_name'])
    .where('d.org_id', '=', orgId)
    .where('d.number', 'is not', null)
    .where(sql<boolean>`(lower(d.number) like ${number} escape '\\' or c.search_name like ${name} escape '\\')`)
    .orderBy('d.number', 'desc')
    .limit(limit)
    .execute();
}
