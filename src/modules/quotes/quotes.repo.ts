import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetPage, numberSort, textSort, type SortColumn } from '../../db/keyset.ts';
import { likeContains } from '../../db/like.ts';
import type { QuoteLinesTable, QuotesTable } from '../../db/schema.ts';
import type { QuoteAwaiting, QuoteSort } from './quotes.schemas.ts';

export type QuoteRow = QuotesTable & { client_name: string };
export type QuoteLineRow = QuoteLinesTable;

function withClient(db: Db) {
  return db
    .selectFrom('quotes')
    .innerJoin('clients', 'clients.id', 'quotes.client_id')
    .selectAll('quotes')
    .select('clients.legal_name as client_name');
}

/** One quote; `clientId` (a client user's own company) hides every other client's quotes and all drafts. */
export function findQuote(db: Db, orgId: string, id: string, clientId: string | null): Promise<QuoteRow | undefined> {
  let q = withClient(db).where('quotes.org_id', '=', orgId).where('quotes.id', '=', id);
  if (clientId !== null) q = q.where('quotes.client_id', '=', clientId).where('quotes.status', '!=', 'draft');
  return q.executeTakeFirst();
}

/** The filters of the quotes list (a client user: its company, drafts excluded). */
export interface QuoteListFilter {
  clientId: string | null;
  excludeDrafts: boolean;
  status?: QuotesTable['status'];
  /** Folded words (ADR 0028): each must be in the number or the client's search key. */
  words?: string[];
  expiresFrom?: string;
  expiresTo?: string;
  awaiting?: QuoteAwaiting;
  sort: QuoteSort;
  dir: 'asc' | 'desc';
  after: readonly [string, string] | null;
  limit: number;
}

/** How each sort key orders (nulls folded so that keyset comparisons stay total). */
const SORTS: Record<QuoteSort, SortColumn> = {
  updated: textSort('quotes.updated_at'),
  number: textSort('quotes.number'),
  client: textSort('clients.search_name'),
  issueDate: textSort('quotes.issue_date'),
  expiresOn: textSort('quotes.expires_on'),
  gross: numberSort('quotes.gross_cents'),
  status: textSort('quotes.status'),
};

// The same conditions as the dashboard's quote figures, so that its links list what it counted.
const noContract = sql<boolean>`not exists (select 1 from contracts c where c.org_id = quotes.org_id and c.quote_id = quotes.id)`;
const noLessorReview = sql<boolean>`not exists (select 1 from rental_file_reviews r where r.org_id = quotes.org_id and r.quote_id = quotes.id and r.party = 'lessor')`;

/** One keyset page of the quotes list, each row with its sort value (`sort_value`) for the cursor. */
export function listQuotes(db: Db, orgId: string, f: QuoteListFilter) {
  const column = SORTS[f.sort];
  let q = withClient(db).select(column.expr.as('sort_value')).where('quotes.org_id', '=', orgId);
  if (f.clientId !== null) q = q.where('quotes.client_id', '=', f.clientId);
  if (f.excludeDrafts) q = q.where('quotes.status', '!=', 'draft');
  if (f.status) q = q.where('quotes.status', '=', f.status);
  if (f.expiresFrom) q = q.where('quotes.expires_on', '>=', f.expiresFrom);
  if (f.expiresTo) q = q.where('quotes.expires_on', '<=', f.expiresTo);
  if (f.awaiting) q = q.where('quotes.status', '=', 'accepted').where(noContract);
  if (f.awaiting === 'lessor') q = q.where('quotes.lessor_id', 'is not', null).where(noLessorReview);
  for (const w of f.words ?? []) {
    const pattern = likeContains(w);
    q = q.where(
      sql<boolean>`(lower(coalesce(quotes.number, '')) like ${pattern} escape '\\' or clients.search_name like ${pattern} escape '\\')`,
    );
  }
  return keysetPage(q, { column, idColumn: 'quotes.id', dir: f.dir, after: f.after, limit: f.limit }).execute();
}

export function linesOf(db: Db, quoteId: string) {
  return db.selectFrom('quote_lines').selectAll().where('quote_id', '=', quoteId).orderBy('position').execute();
}

export function insertQuote(db: Db, row: QuotesTable) {
  return db.insertInto('quotes').values(row).execute();
}

export async function replaceLines(db: Db, quoteId: string, rows: QuoteLinesTable[]) {
  await db.deleteFrom('quote_lines').where('quote_id', '=', quoteId).execute();
  if (rows.length > 0) await db.insertInto('quote_lines').values(rows).execute();
}

type DraftFields = Pick<
  QuotesTable,
  | 'client_id'
  | 'subject'
  | 'delivery_lead_time'
  | 'validity_days'
  | 'lessor_id'
  | 'notes_json'
  | 'net_cents'
  | 'vat_cents'
  | 'gross_cents'
  | 'monthly_rent_cents'
  | 'vat_breakdown_json'
  | 'updated_at'
>;

/** Changes a draft; the status condition makes an issued quote unchangeable here too. */
export async function updateDraft(db: Db, orgId: string, id: string, set: DraftFields): Promise<boolean> {
  const res = await db
    .updateTable('quotes')
    .set(set)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/**
 * Moves a quote from one status to another only if it is still in `from`: when acceptance and
 * expiry race, the row count says which one won (the loser changes nothing).
 */
export async function transition(
  db: Db,
  orgId: string,
  id: string,
  from: QuotesTable['status'],
  set: Partial<QuotesTable> & { status: QuotesTable['status']; updated_at: string },
): Promise<boolean> {
  const res = await db
    .updateTable('quotes')
    .set(set)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The highest version of a quote number (drafts of new versions included). */
export async function latestVersionOf(db: Db, orgId: string, number: string): Promise<number> {
  const row = await db
    .selectFrom('quotes')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('org_id', '=', orgId)
    .where('number', '=', number)
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

/** Issued quotes whose last valid day is before `asOf` (the expiry sweep's candidates). */
export function issuedQuotesExpiringBefore(db: Db, orgId: string, asOf: string) {
  return db
    .selectFrom('quotes')
    .select(['id', 'issue_date', 'validity_days', 'terms_version', 'expires_on'])
    .where('org_id', '=', orgId)
    .where('status', '=', 'issued')
    .where('expires_on', '<', asOf)
    .orderBy('id')
    .execute();
}

export function findCatalogueItems(db: Db, orgId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('catalogue_items').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

/** The quotes of a client that carry an acceptance record (art. 17.2 erasure). */
export function acceptedQuotesOfClient(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('quotes')
    .select(['id', 'acceptance_json'])
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('acceptance_json', 'is not', null)
    .orderBy('id')
    .execute();
}

export function setAcceptanceJson(db: Db, orgId: string, id: string, acceptanceJson: string, at: string) {
  return db
    .updateTable('quotes')
    .set({ acceptance_json: acceptanceJson, updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** Deletes a quote only while it is a draft; false when it was issued meanwhile. */
export async function deleteDraftRow(db: Db, orgId: string, id: string): Promise<boolean> {
  const res = await db
    .deleteFrom('quotes')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}
