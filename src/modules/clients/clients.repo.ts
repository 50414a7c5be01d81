import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';
import { likeContains } from '../../db/like.ts';
import { keysetPage, textSort, type SortColumn } from '../../db/keyset.ts';
import type { ClientSort } from './clients.schemas.ts';
import { searchKey } from '../../kernel/search-key.ts';
import type { ClientFinancialStatusChangesTable, ClientsTable } from '../../db/schema.ts';

export function findClient(db: Db, orgId: string, id: string) {
  return db.selectFrom('clients').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export type ClientRow = Awaited<ReturnType<typeof findClient>> & object;

/** Reads and locks the client's row until the transaction ends (PostgreSQL: row lock; SQLite: one writer). */
export function lockClient(trx: Db, dialect: Dialect, orgId: string, id: string) {
  let q = trx.selectFrom('clients').selectAll().where('org_id', '=', orgId).where('id', '=', id);
  if (dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}

export interface ClientFilters {
  /** A client user's own client: nothing else is ever returned. */
  onlyId: string | null;
  search?: string;
  financialStatus?: ClientRow['financial_status'];
}

/** How each sort key orders (nulls folded so that keyset comparisons stay total). */
const SORTS: Record<ClientSort, SortColumn> = {
  // French collation at its primary level: by the folded name ("Électricité" before "Zénith").
  name: textSort('clients.search_name'),
  siren: textSort('clients.siren'),
  city: textSort('clients.city'),
  created: textSort('clients.created_at'),
};

export interface ClientPage {
  sort: ClientSort;
  dir: 'asc' | 'desc';
  /** Keyset cursor: the (sort value, id) of the last row of the previous page. */
  after: readonly [string, string] | null;
  limit: number;
  /** Rows skipped, without a cursor only (the older paging). */
  offset: number;
}

function filtered(db: Db, orgId: string, f: ClientFilters) {
  let q = db
    .selectFrom('clients')
    .leftJoin('client_contacts as correspondent', 'correspondent.id', 'clients.correspondent_contact_id')
    .where('clients.org_id', '=', orgId);
  if (f.onlyId !== null) q = q.where('clients.id', '=', f.onlyId);
  if (f.financialStatus) q = q.where('clients.financial_status', '=', f.financialStatus);
  if (f.search) {
    // Accent- and case-insensitive on both engines: the folded name against the folded text (ADR 0028).
    // Every word typed, in any order ("electricite 510").
    const words = searchKey(f.search).split(' ').filter(Boolean);
    const name = words.length
      ? sql.join(
          words.map((w) => sql`clients.search_name like ${likeContains(w)} escape '\\'`),
          sql` and `,
        )
      : sql`1 = 1`;
    const digits = f.search.replace(/\s+/g, '');
    // Digits search the SIREN and SIRET by prefix (people type the start of a number).
    q = /^\d+$/.test(digits)
      ? q.where(sql<boolean>`((${name}) or clients.siren like ${`${digits}%`} or clients.siret like ${`${digits}%`})`)
      : q.where(sql<boolean>`(${name})`);
  }
  return q;
}

/** A keyset page of clients with the name of their correspondent and the sort value (`sort_value`). */
export function listClients(db: Db, orgId: string, f: ClientFilters, page: ClientPage) {
  const column = SORTS[page.sort];
  const q = filtered(db, orgId, f)
    .selectAll('clients')
    .select('correspondent.name as correspondent_name')
    .select(column.expr.as('sort_value'));
  const paged = keysetPage(q, { column, idColumn: 'clients.id', dir: page.dir, after: page.after, limit: page.limit });
  return (page.after === null && page.offset > 0 ? paged.offset(page.offset) : paged).execute();
}

export async function countClients(db: Db, orgId: string, f: ClientFilters): Promise<number> {
  const row = await filtered(db, orgId, f)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Inserts a client with the search key of its legal name (ADR 0028). */
export function insertClient(db: Db, row: Insertable<ClientsTable>) {
  return db
    .insertInto('clients')
    .values({ ...row, search_name: searchKey(row.legal_name) })
    .execute();
}

/** Updates a client; a new legal name (anonymisation included) gets its search key. */
export function updateClient(db: Db, orgId: string, id: string, set: Updateable<ClientsTable>) {
  const withKey = typeof set.legal_name === 'string' ? { ...set, search_name: searchKey(set.legal_name) } : set;
  return db.updateTable('clients').set(withKey).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export function insertStatusChange(db: Db, row: ClientFinancialStatusChangesTable) {
  return db.insertInto('client_financial_status_changes').values(row).execute();
}

/** Financial status changes of a client, newest first, with the name of who made them. */
export function listStatusChanges(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('client_financial_status_changes as c')
    .innerJoin('users', 'users.id', 'c.changed_by')
    .select(['c.from_status', 'c.to_status', 'c.reason', 'c.changed_by', 'users.name as changed_by_name', 'c.at'])
    .where('c.org_id', '=', orgId)
    .where('c.client_id', '=', clientId)
    .orderBy('c.at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
}

/**
 * Removes the personal data of a client company (art. 17.2): its contact email and phone, and
 * who its contacts were. Contacts stay as rows (the correspondent points at one). The company's
 * legal identity stays (a legal person; invoices are kept 10 years under the Code de commerce).
 */
export async function erasePersonalData(db: Db, orgId: string, clientId: string, at: string) {
  await db
    .updateTable('clients')
    .set({ email: null, phone: null, anonymised_at: at, updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', clientId)
    .execute();
  await db
    .updateTable('client_contacts')
    .set({ name: 'Contact anonymisé', title: null, email: null, phone: null, updated_at: at })
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .execute();
}

/** Sets the financial status if it is still `from` (a concurrent change wins); true when changed. */
export async function switchFinancialStatus(
  trx: Db,
  orgId: string,
  clientId: string,
  from: string,
  to: 'prepayment-required',
  at: string,
): Promise<boolean> {
  const res = await trx
    .updateTable('clients')
    .set({ financial_status: to, updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', clientId)
    .where('financial_status', '=', from as 'normal')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** A user's name, for who set the end of a relationship ('system' or a removed user: the id). */
export async function userName(db: Db, orgId: string, userId: string): Promise<string> {
  const row = await db
    .selectFrom('users')
    .select('name')
    .where('org_id', '=', orgId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.name ?? userId;
}

/** Anonymises the contacts with this e-mail address (an erasure request, GDPR art. 17); their count. */
export async function eraseContactsWithEmail(db: Db, orgId: string, email: string, at: string): Promise<number> {
  const res = await db
    .updateTable('client_contacts')
    .set({ name: 'Contact anonymisé', title: null, email: null, phone: null, updated_at: at })
    .where('org_id', '=', orgId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/**
 * A data-subject restriction (GDPR art. 18) or objection (art. 21) on the contacts with this
 * e-mail (ADR 0021): the day it took effect, or null when lifted. Returns the contacts marked.
 */
export async function markContactsWithEmail(
  db: Db,
  orgId: string,
  email: string,
  set: { restricted_on?: string | null; objected_on?: string | null },
  at: string,
): Promise<number> {
  const res = await db
    .updateTable('client_contacts')
    .set({ ...set, updated_at: at })
    .where('org_id', '=', orgId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** A rectification request answered (GDPR art. 16): the contacts with this e-mail take the corrected values. */
export async function rectifyContactsWithEmail(
  db: Db,
  orgId: string,
  email: string,
  set: { name?: string; title?: string | null; email?: string; phone?: string | null },
  at: string,
): Promise<number> {
  const res = await db
    .updateTable('client_contacts')
    .set({ ...set, updated_at: at })
    .where('org_id', '=', orgId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
