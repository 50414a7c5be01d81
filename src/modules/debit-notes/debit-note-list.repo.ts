import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetPage, numberSort, textSort, type SortColumn } from '../../db/keyset.ts';
import { likeContains } from '../../db/like.ts';
import type { DebitNoteRow } from './debit-notes.repo.ts';
import type { DebitNoteSort, DEBIT_NOTE_STATUSES } from './debit-notes.schemas.ts';

export type DebitNoteListRow = DebitNoteRow & { client_search: string };

export interface DebitNoteListFilter {
  clientId: string | null;
  status?: (typeof DEBIT_NOTE_STATUSES)[number];
  issuedFrom?: string;
  issuedTo?: string;
  /** Folded words (ADR 0028): each must be in the number or the client's search key. */
  words: string[];
  /** Today (Paris): "overdue" compares due dates with it. */
  today: string;
  sort: DebitNoteSort;
  dir: 'asc' | 'desc';
  after: readonly [string, string] | null;
  limit: number;
}

/** "open" or "paid", as the status sort orders them (a note is paid when nothing is left to pay). */
export function debitNoteStatus(r: { total_cents: number; paid_cents: number }): 'open' | 'paid' {
  return Number(r.paid_cents) >= Number(r.total_cents) ? 'paid' : 'open';
}

const SORTS: Record<DebitNoteSort, SortColumn> = {
  issued: textSort('d.issue_date'),
  number: textSort('d.number'),
  client: textSort('c.search_name'),
  amount: numberSort('d.total_cents'),
  status: { expr: sql`(case when d.paid_cents >= d.total_cents then 'paid' else 'open' end)` },
};

/** The value of a row for the cursor of its sort key. */
export function debitNoteSortValue(r: DebitNoteListRow, sort: DebitNoteSort): string {
  return {
    issued: r.issue_date,
    number: r.number,
    client: r.client_search,
    amount: String(r.total_cents),
    status: debitNoteStatus(r),
  }[sort];
}

/** The debit notes list with the filters of its screen, one keyset page. */
export function listDebitNoteRows(db: Db, orgId: string, f: DebitNoteListFilter): Promise<DebitNoteListRow[]> {
  let q = db
    .selectFrom('debit_notes as d')
    .innerJoin('clients as c', 'c.id', 'd.client_id')
    .selectAll('d')
    .select(['c.legal_name as client_name', 'c.search_name as client_search'])
    .where('d.org_id', '=', orgId);
  if (f.clientId !== null) q = q.where('d.client_id', '=', f.clientId);
  if (f.issuedFrom) q = q.where('d.issue_date', '>=', f.issuedFrom);
  if (f.issuedTo) q = q.where('d.issue_date', '<=', f.issuedTo);
  if (f.status === 'paid') q = q.where(sql<boolean>`d.paid_cents >= d.total_cents`);
  if (f.status === 'open' || f.status === 'overdue') q = q.where(sql<boolean>`d.paid_cents < d.total_cents`);
  if (f.status === 'overdue') q = q.where('d.due_date', '<', f.today);
  for (const w of f.words) {
    const p = likeContains(w);
    q = q.where(sql<boolean>`(lower(d.number) like ${p} escape '\\' or c.search_name like ${p} escape '\\')`);
  }
  return keysetPage(q, {
    column: SORTS[f.sort],
    idColumn: 'd.id',
    dir: f.dir,
    after: f.after,
    limit: f.limit,
  }).execute();
}
