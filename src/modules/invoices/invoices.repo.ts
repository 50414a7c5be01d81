import { sql, type Insertable, type RawBuilder, type Selectable } from 'kysely';
import { keysetPage, numberSort, textSort, type SortColumn } from '../../db/keyset.ts';
import { likeContains } from '../../db/like.ts';
import type { Db } from '../../db/database.ts';
import type { InvoiceLinesTable, InvoicesTable, PaymentAllocationsTable } from '../../db/schema.ts';
import type { InvoiceSort } from './invoices.schemas.ts';

export type InvoiceRow = Selectable<InvoicesTable> & { client_name: string; contract_number: string | null };
export type InvoiceLineRow = Selectable<InvoiceLinesTable>;

function withNames(db: Db) {
  return db
    .selectFrom('invoices')
    .innerJoin('clients', 'clients.id', 'invoices.client_id')
    .leftJoin('contracts', 'contracts.id', 'invoices.contract_id')
    .selectAll('invoices')
    .select(['clients.legal_name as client_name', 'contracts.number as contract_number']);
}

/** One invoice; `clientId` (a client user's company) hides other clients' invoices and all drafts. */
export function findInvoice(
  db: Db,
  orgId: string,
  id: string,
  clientId: string | null,
): Promise<InvoiceRow | undefined> {
  let q = withNames(db).where('invoices.org_id', '=', orgId).where('invoices.id', '=', id);
  if (clientId !== null) q = q.where('invoices.client_id', '=', clientId).where('invoices.status', '=', 'issued');
  return q.executeTakeFirst();
}

/** A client's issued invoices whose PDF was never rendered (billing-run invoices not yet requested), by number. */
export function unrenderedInvoicesOf(db: Db, orgId: string, clientId: string): Promise<InvoiceRow[]> {
  return withNames(db)
    .where('invoices.org_id', '=', orgId)
    .where('invoices.client_id', '=', clientId)
    .where('invoices.status', '=', 'issued')
    .where('invoices.document_sha256', 'is', null)
    .orderBy('invoices.number')
    .execute();
}

export type InvoiceFilter = 'draft' | 'issued' | 'due' | 'overdue' | 'paid';

export interface ListFilter {
  clientId: string | null;
  contractId?: string;
  kind?: 'invoice' | 'credit-note';
  filter?: InvoiceFilter;
  /** Folded words (ADR 0028): each must be in the number or the client's search key. */
  words?: string[];
  dueFrom?: string;
  dueTo?: string;
  issuedFrom?: string;
  issuedTo?: string;
  /** Today (Paris): "due" and "overdue" compare due dates with it. */
  today: string;
  limit: number;
  excludeDrafts: boolean;
  sort?: InvoiceSort;
  dir?: 'asc' | 'desc';
  /** Keyset cursor: the sort value and id of the last row of the previous page. */
  after?: readonly [string, string] | null;
}

/** How each sort key orders (nulls folded so that keyset comparisons stay total). */
const SORTS: Record<InvoiceSort, SortColumn> = {
  created: textSort('invoices.created_at'),
  number: textSort('invoices.number'),
  issueDate: textSort('invoices.issue_date'),
  dueDate: textSort('invoices.due_date'),
  client: textSort('clients.search_name'),
  gross: numberSort('invoices.gross_cents'),
};

/** The value of a row for the cursor of its sort key. */
export function sortValue(r: InvoiceRow & { client_search: string }, sort: InvoiceSort): string {
  const v = {
    created: r.created_at,
    number: r.number,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    client: r.client_search,
    gross: String(r.gross_cents),
  }[sort];
  return v ?? '';
}

/** The invoices list with the filters of the invoices screen, one keyset page. */
export function listInvoices(
  db: Db,
  orgId: string,
  f: ListFilter,
): Promise<(InvoiceRow & { client_search: string })[]> {
  let q = withNames(db).select('clients.search_name as client_search').where('invoices.org_id', '=', orgId);
  if (f.clientId !== null) q = q.where('invoices.client_id', '=', f.clientId);
  if (f.contractId) q = q.where('invoices.contract_id', '=', f.contractId);
  if (f.kind) q = q.where('invoices.kind', '=', f.kind);
  if (f.excludeDrafts) q = q.where('invoices.status', '=', 'issued');
  if (f.dueFrom) q = q.where('invoices.due_date', '>=', f.dueFrom);
  if (f.dueTo) q = q.where('invoices.due_date', '<=', f.dueTo);
  if (f.issuedFrom) q = q.where('invoices.issue_date', '>=', f.issuedFrom);
  if (f.issuedTo) q = q.where('invoices.issue_date', '<=', f.issuedTo);
  for (const w of f.words ?? []) {
    const pattern = likeContains(w);
    q = q.where(
      sql<boolean>`(lower(coalesce(invoices.number, '')) like ${pattern} escape '\\' or clients.search_name like ${pattern} escape '\\')`,
    );
  }
  switch (f.filter) {
    case 'draft':
      q = q.where('invoices.status', '=', 'draft');
      break;
    case 'issued':
      q = q.where('invoices.status', '=', 'issued');
      break;
    case 'due':
      q = q
        .where('invoices.status', '=', 'issued')
        .where('invoices.kind', '=', 'invoice')
        .where('invoices.settled_on', 'is', null)
        .where('invoices.due_date', '>=', f.today);
      break;
    case 'overdue':
      q = q
        .where('invoices.status', '=', 'issued')
        .where('invoices.kind', '=', 'invoice')
        .where('invoices.settled_on', 'is', null)
        .where('invoices.due_date', '<', f.today);
      break;
    case 'paid':
      q = q
        .where('invoices.status', '=', 'issued')
        .where('invoices.kind', '=', 'invoice')
        .where('invoices.settled_on', 'is not', null);
      break;
    default:
  }
  return keysetPage(q, {
    column: SORTS[f.sort ?? 'created'],
    idColumn: 'invoices.id',
    dir: f.dir ?? 'desc',
    after: f.after ?? null,
    limit: f.limit,
  }).execute();
}

export function linesOf(db: Db, invoiceId: string): Promise<InvoiceLineRow[]> {
  return db.selectFrom('invoice_lines').selectAll().where('invoice_id', '=', invoiceId).orderBy('position').execute();
}

/** Inserts an invoice and its lines; returns both as stored (RETURNING: no read back). */
export async function insertInvoice(db: Db, row: Insertable<InvoicesTable>, lines: Insertable<InvoiceLinesTable>[]) {
  const stored = await db.insertInto('invoices').values(row).returningAll().executeTakeFirstOrThrow();
  const storedLines =
    lines.length > 0 ? await db.insertInto('invoice_lines').values(lines).returningAll().execute() : [];
  storedLines.sort((a, b) => a.position - b.position);
  return { row: stored, lines: storedLines };
}

/** Deletes a draft and its lines; false when it is not (or no longer) a draft. */
export async function deleteDraft(db: Db, orgId: string, id: string): Promise<boolean> {
  const found = await db
    .selectFrom('invoices')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (!found) return false;
  await db.deleteFrom('invoice_lines').where('invoice_id', '=', id).execute();
  const res = await db
    .deleteFrom('invoices')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

/** What an issue fixes on the invoice besides its number. */
export type IssuedFields = Pick<
  Selectable<InvoicesTable>,
  | 'issue_date'
  | 'due_date'
  | 'terms_version'
  | 'late_rate_percent'
  | 'late_rate_text'
  | 'vat_on_debits'
  | 'document_sha256'
  | 'issued_at'
  | 'issued_by'
  | 'updated_at'
  | 'settled_on'
>;

/** Draft → issued with its number and dates; false when someone issued or deleted it meanwhile. */
export async function markIssued(
  db: Db,
  orgId: string,
  id: string,
  set: IssuedFields & { number: string },
): Promise<boolean> {
  const res = await draftToIssued(db, orgId, id, set).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The update of a draft that issues it (never of an issued invoice). */
function draftToIssued(db: Db, orgId: string, id: string, set: IssuedFields & { number: string | RawBuilder<string> }) {
  return db
    .updateTable('invoices')
    .set({ ...set, status: 'issued' })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', 'draft');
}

/**
 * PostgreSQL, inside takeNumberInto: draft → issued with the number the same statement takes;
 * the number written, or undefined when it is not (or no longer) a draft.
 */
export async function markIssuedWith(
  db: Db,
  orgId: string,
  id: string,
  set: IssuedFields & { number: RawBuilder<string> },
  numberTaken: RawBuilder<boolean>,
): Promise<string | undefined> {
  const row = await draftToIssued(db, orgId, id, set).where(numberTaken).returning('number').executeTakeFirst();
  return row?.number ?? undefined;
}

/** Contract lines already on an invoice (draft or issued), so that a line is invoiced once. */
export async function invoicedContractLineIds(db: Db, orgId: string, contractId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('invoice_lines')
    .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
    .select('invoice_lines.contract_line_id')
    .where('invoices.org_id', '=', orgId)
    .where('invoices.contract_id', '=', contractId)
    .where('invoices.kind', '=', 'invoice')
    .where('invoices.origin', '!=', 'rent')
    .where('invoice_lines.contract_line_id', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.contract_line_id!));
}

/** The contract as invoicing needs it (read here so that contracts may call invoicing). */
export function contractForBilling(db: Db, orgId: string, contractId: string, clientId: string | null) {
  let q = db
    .selectFrom('contracts')
    .select([
      'id',
      'number',
      'client_id',
      'status',
      'terms_version',
      'purchase_order_reference',
      'goods_billing',
      'services_billing',
      'payment_term_days',
      'prepayment_required',
      'effective_date',
      'lessor_id',
    ])
    .where('org_id', '=', orgId)
    .where('id', '=', contractId);
  if (clientId !== null) q = q.where('client_id', '=', clientId);
  return q.executeTakeFirst();
}

export function contractLines(db: Db, contractId: string) {
  return db
    .selectFrom('contract_lines')
    .selectAll()
    .where('contract_id', '=', contractId)
    .orderBy('position')
    .execute();
}

/** Credit notes already issued against an invoice, in cents (gross). */
export async function issuedCreditsOf(db: Db, orgId: string, invoiceId: string): Promise<number> {
  const row = await db
    .selectFrom('invoices')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('gross_cents'), eb.lit(0)).as('total'))
    .where('org_id', '=', orgId)
    .where('corrects_invoice_id', '=', invoiceId)
    .where('kind', '=', 'credit-note')
    .where('status', '=', 'issued')
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Adds an issued credit note to the invoice it corrects, settling it when nothing remains open. */
export async function addCredit(db: Db, orgId: string, invoiceId: string, cents: number, on: string, at: string) {
  await db
    .updateTable('invoices')
    .set((eb) => ({ credited_cents: eb('credited_cents', '+', cents), updated_at: at }))
    .where('org_id', '=', orgId)
    .where('id', '=', invoiceId)
    .execute();
  await settleIfCovered(db, orgId, invoiceId, on);
}

/**
 * A credit note on an invoice already paid: what the client paid beyond the corrected total goes
 * back to its payments, newest first, where it is the client's credit (allocated to another
 * invoice, or refunded). The allocation shrinks (or goes) and the invoice's paid amount with it;
 * the caller records the release in the evidence log. Returns what was released, per payment.
 * It runs inside the credit note's issue, under the invoice's row lock (a reversal locks the same
 * invoice before re-reading its allocations, so the two never interleave).
 */
export async function releaseOverpayment(
  db: Db,
  orgId: string,
  invoiceId: string,
  at: string,
): Promise<Array<{ paymentId: string; cents: number }>> {
  const inv = await db
    .selectFrom('invoices')
    .select(['gross_cents', 'paid_cents', 'credited_cents'])
    .where('org_id', '=', orgId)
    .where('id', '=', invoiceId)
    .executeTakeFirstOrThrow();
  let excess = Number(inv.paid_cents) + Number(inv.credited_cents) - Number(inv.gross_cents);
  if (excess <= 0) return [];
  const allocations = await db
    .selectFrom('payment_allocations as a')
    .innerJoin('payments as p', 'p.id', 'a.payment_id')
    .select(['a.id', 'a.payment_id', 'a.amount_cents'])
    .where('a.org_id', '=', orgId)
    .where('a.invoice_id', '=', invoiceId)
    .where('p.status', '=', 'recorded')
    .orderBy('p.received_on', 'desc')
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
  const released: Array<{ paymentId: string; cents: number }> = [];
  for (const a of allocations) {
    if (excess <= 0) break;
    const cents = Math.min(excess, Number(a.amount_cents));
    if (cents === Number(a.amount_cents)) await db.deleteFrom('payment_allocations').where('id', '=', a.id).execute();
    else
      await db
        .updateTable('payment_allocations')
        .set((eb) => ({ amount_cents: eb('amount_cents', '-', cents) }))
        .where('id', '=', a.id)
        .execute();
    released.push({ paymentId: a.payment_id, cents });
    excess -= cents;
  }
  const total = released.reduce((sum, r) => sum + r.cents, 0);
  await db
    .updateTable('invoices')
    .set((eb) => ({ paid_cents: eb('paid_cents', '-', total), updated_at: at }))
    .where('org_id', '=', orgId)
    .where('id', '=', invoiceId)
    .execute();
  return released;
}

/** Marks the invoice settled on `on` once payments and credit notes cover it (payments use it too). */
export async function settleIfCovered(db: Db, orgId: string, invoiceId: string, on: string) {
  await db
    .updateTable('invoices')
    .set({ settled_on: on })
    .where('org_id', '=', orgId)
    .where('id', '=', invoiceId)
    .where('settled_on', 'is', null)
    .where((eb) => eb(eb('paid_cents', '+', eb.ref('credited_cents')), '>=', eb.ref('gross_cents')))
    .execute();
}
/** The credit notes of an invoice (drafts hidden from client users). */
export function creditNotesOf(db: Db, orgId: string, invoiceId: string, issuedOnly: boolean): Promise<InvoiceRow[]> {
  let q = withNames(db).where('invoices.org_id', '=', orgId).where('invoices.corrects_invoice_id', '=', invoiceId);
  if (issuedOnly) q = q.where('invoices.status', '=', 'issued');
  return q.orderBy('invoices.created_at').execute();
}

/**
 * Adds a payment to an invoice only while it stays within what is open (gross − paid − credited):
 * the condition is checked by the update itself, so two payments racing for the same invoice
 * cannot both take its last euro. False when it would exceed.
 */
export async function addPaid(db: Db, orgId: string, invoiceId: string, cents: number, at: string): Promise<boolean> {
  const res = await db
    .updateTable('invoices')
    .set((eb) => ({ paid_cents: eb('paid_cents', '+', cents), updated_at: at }))
    .where('org_id', '=', orgId)
    .where('id', '=', invoiceId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where((eb) => eb(eb('paid_cents', '+', cents), '<=', eb('gross_cents', '-', eb.ref('credited_cents'))))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/**
 * Takes a payment back off an invoice; it is open again unless credit notes still cover it.
 * Never below nothing paid: false (and nothing written) when the invoice holds less than `cents`,
 * which means the caller read an allocation that changed meanwhile.
 */
export async function removePaid(
  db: Db,
  orgId: string,
  invoiceId: string,
  cents: number,
  at: string,
): Promise<boolean> {
  const res = await db
    .updateTable('invoices')
    .set((eb) => ({ paid_cents: eb('paid_cents', '-', cents), updated_at: at }))
    .where('org_id', '=', orgId)
    .where('id', '=', invoiceId)
    .where('paid_cents', '>=', cents)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return false;
  await db
    .updateTable('invoices')
    .set({ settled_on: null })
    .where('org_id', '=', orgId)
    .where('id', '=', invoiceId)
    .where((eb) => eb(eb('paid_cents', '+', eb.ref('credited_cents')), '<', eb.ref('gross_cents')))
    .execute();
  return true;
}

/**
 * Adds what a debit note claims to the invoice's claimed amounts, provided they are still what
 * the claim was computed from (a concurrent claim loses); true when updated.
 */
export async function addClaimed(
  trx: Db,
  orgId: string,
  invoiceId: string,
  before: { interest: number; indemnity: number },
  add: { interest: number; indemnity: boolean },
): Promise<boolean> {
  const res = await trx
    .updateTable('invoices')
    .set({
      interest_claimed_cents: before.interest + add.interest,
      indemnity_claimed: add.indemnity || before.indemnity === 1 ? 1 : 0,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', invoiceId)
    .where('interest_claimed_cents', '=', before.interest)
    .where('indemnity_claimed', '=', before.indemnity as 0 | 1)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/**
 * The invoices module owns `payment_allocations` with the paid amounts they explain: payments
 * allocate through here, and a credit note releases an overpayment from here under the invoice's lock.
 */
export async function insertAllocations(db: Db, rows: Insertable<PaymentAllocationsTable>[]) {
  if (rows.length > 0) await db.insertInto('payment_allocations').values(rows).execute();
}
