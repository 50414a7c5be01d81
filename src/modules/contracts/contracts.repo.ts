import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetPage, textSort, type SortColumn } from '../../db/keyset.ts';
import { likeContains } from '../../db/like.ts';
import type { ContractSort } from './contracts.schemas.ts';
import type {
  ContractAssignmentsTable,
  ContractLinesTable,
  ContractsTable,
  RentalFileReviewsTable,
} from '../../db/schema.ts';

export type ContractRow = Selectable<ContractsTable> & {
  client_name: string;
  quote_number: string | null;
  quote_version: number;
};

function withNames(db: Db) {
  return db
    .selectFrom('contracts')
    .innerJoin('clients', 'clients.id', 'contracts.client_id')
    .innerJoin('quotes', 'quotes.id', 'contracts.quote_id')
    .selectAll('contracts')
    .select(['clients.legal_name as client_name', 'quotes.number as quote_number', 'quotes.version as quote_version']);
}

/** One contract; `clientId` confines a client user to its own company's contracts. */
export function findContract(
  db: Db,
  orgId: string,
  id: string,
  clientId: string | null,
): Promise<ContractRow | undefined> {
  let q = withNames(db).where('contracts.org_id', '=', orgId).where('contracts.id', '=', id);
  if (clientId !== null) q = q.where('contracts.client_id', '=', clientId);
  return q.executeTakeFirst();
}

/** The filters of the contracts list (a client user: its company). */
export interface ContractListFilter {
  clientId: string | null;
  status?: ContractsTable['status'];
  /** Folded words (ADR 0028): each must be in the number or the client's search key. */
  words?: string[];
  sort: ContractSort;
  dir: 'asc' | 'desc';
  after: readonly [string, string] | null;
  limit: number;
}

/** How each sort key orders (nulls folded so that keyset comparisons stay total). */
const SORTS: Record<ContractSort, SortColumn> = {
  formed: textSort('contracts.formed_at'),
  number: textSort('contracts.number'),
  client: textSort('clients.search_name'),
  effectiveDate: textSort('contracts.effective_date'),
  status: textSort('contracts.status'),
};

/** One keyset page of the contracts list, each row with its sort value (`sort_value`) for the cursor. */
export function listContracts(db: Db, orgId: string, f: ContractListFilter) {
  const column = SORTS[f.sort];
  let q = withNames(db).select(column.expr.as('sort_value')).where('contracts.org_id', '=', orgId);
  if (f.clientId !== null) q = q.where('contracts.client_id', '=', f.clientId);
  if (f.status) q = q.where('contracts.status', '=', f.status);
  for (const w of f.words ?? []) {
    const pattern = likeContains(w);
    q = q.where(
      sql<boolean>`(lower(contracts.number) like ${pattern} escape '\\' or clients.search_name like ${pattern} escape '\\')`,
    );
  }
  return keysetPage(q, { column, idColumn: 'contracts.id', dir: f.dir, after: f.after, limit: f.limit }).execute();
}

export function contractOfQuote(db: Db, orgId: string, quoteId: string) {
  return db
    .selectFrom('contracts')
    .select(['id', 'number'])
    .where('org_id', '=', orgId)
    .where('quote_id', '=', quoteId)
    .executeTakeFirst();
}

export function insertContract(db: Db, row: Insertable<ContractsTable>) {
  return db.insertInto('contracts').values(row).execute();
}

export async function insertLines(db: Db, rows: ContractLinesTable[]) {
  if (rows.length > 0) await db.insertInto('contract_lines').values(rows).execute();
}

export function linesOf(db: Db, contractId: string) {
  return db
    .selectFrom('contract_lines')
    .selectAll()
    .where('contract_id', '=', contractId)
    .orderBy('position')
    .execute();
}

export function reviewsOf(db: Db, orgId: string, quoteId: string) {
  return db
    .selectFrom('rental_file_reviews')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('quote_id', '=', quoteId)
    .orderBy('evidence_seq')
    .execute();
}

export function insertReview(db: Db, row: RentalFileReviewsTable) {
  return db.insertInto('rental_file_reviews').values(row).execute();
}

export function assignmentsOf(db: Db, orgId: string, contractId: string) {
  return db
    .selectFrom('contract_assignments')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .orderBy('evidence_seq')
    .execute();
}

export function insertAssignment(db: Db, row: ContractAssignmentsTable) {
  return db.insertInto('contract_assignments').values(row).execute();
}
