import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { likeContains } from '../../db/like.ts';

/** Clients by folded name (ADR 0028) or SIREN / SIRET prefix, by folded name. */
/** Every word of the folded text found in the folded name, in any order ("electricite 510"). */
export function allWords(column: string, folded: string) {
  const words = folded.split(' ').filter(Boolean);
  if (words.length === 0) return sql`1 = 1`;
  return sql.join(
    words.map((w) => sql`${sql.ref(column)} like ${likeContains(w)} escape '\\'`),
    sql` and `,
  );
}

export function searchClients(db: Db, orgId: string, folded: string, digits: string | null, limit: number) {
  let q = db
    .selectFrom('clients')
    .select(['id', 'legal_name', 'siren', 'city'])
    .where('org_id', '=', orgId)
    .where('anonymised_at', 'is', null);
  q = digits
    ? q.where(
        sql<boolean>`((${allWords('search_name', folded)}) or siren like ${`${digits}%`} or siret like ${`${digits}%`})`,
      )
    : q.where(sql<boolean>`(${allWords('search_name', folded)})`);
  return q.orderBy('search_name').orderBy('id').limit(limit).execute();
}

type Numbered = 'quotes' | 'contracts' | 'invoices';

/**
 * Numbered documents whose number contains the text (case folded), or whose client's folded name
 * does: newest number first.
 */
export function searchNumbered(db: Db, table: Numbered, orgId: string, text: string, folded: string, limit: number) {
  const number = likeContains(text);
  return db
    .selectFrom(`${table} as d` as 'quotes as d')
    .innerJoin('clients as c', 'c.id', 'd.client_id')
    .select(['d.id', 'd.number', 'c.legal_name as client_name'])
    .where('d.org_id', '=', orgId)
    .where('d.number', 'is not', null)
    .where(sql<boolean>`(lower(d.number) like ${number} escape '\\' or (${allWords('c.search_name', folded)}))`)
    .orderBy('d.number', 'desc')
    .limit(limit)
    .execute();
}
