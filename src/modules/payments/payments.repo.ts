import type { Insertable, Selectable } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';
import type { BankImportsTable, BankLinesTable, PaymentAllocationsTable, PaymentsTable } from '../../db/schema.ts';

export type PaymentRow = Selectable<PaymentsTable> & { client_name: string };
export type AllocationRow = Selectable<PaymentAllocationsTable> & {
  invoice_number: string | null;
  debit_note_number: string | null;
};
export type BankLineRow = Selectable<BankLinesTable>;
export type BankImportRow = Selectable<BankImportsTable>;

/** What allocating needs to know of an invoice. */
export interface OpenableInvoice {
  id: string;
  client_id: string;
  kind: 'invoice' | 'credit-note';
  status: 'draft' | 'issued';
  number: string | null;
  issue_date: string | null;
  due_date: string | null;
  contract_id: string | null;
  gross_cents: number;
  paid_cents: number;
  credited_cents: number;
}

const OPENABLE = [
  'id',
  'client_id',
  'kind',
  'status',
  'number',
  'issue_date',
  'due_date',
  'contract_id',
  'gross_cents',
  'paid_cents',
  'credited_cents',
] as const;

export function findClientName(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('clients')
    .select(['id', 'legal_name', 'public_buyer'])
    .where('org_id', '=', orgId)
    .where('id', '=', clientId)
    .executeTakeFirst();
}

export async function clientNames(db: Db, orgId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('clients')
    .select(['id', 'legal_name'])
    .where('org_id', '=', orgId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.legal_name]));
}

export function findInvoiceForAllocation(db: Db, orgId: string, id: string): Promise<OpenableInvoice | undefined> {
  return db.selectFrom('invoices').select(OPENABLE).where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** The client's issued invoices not yet settled, oldest due date first (then oldest number). */
export function openInvoicesOfClient(db: Db, orgId: string, clientId: string): Promise<OpenableInvoice[]> {
  return db
    .selectFrom('invoices')
    .select(OPENABLE)
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where('settled_on', 'is', null)
    .orderBy('due_date')
    .orderBy('issue_date')
    .orderBy('number')
    .execute();
}

/** Every issued invoice of the organisation not yet settled (bank matching by amount). */
export function openInvoicesOfOrg(db: Db, orgId: string): Promise<OpenableInvoice[]> {
  return db
    .selectFrom('invoices')
    .select(OPENABLE)
    .where('org_id', '=', orgId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where('settled_on', 'is', null)
    .orderBy('due_date')
    .orderBy('number')
    .execute();
}

export function invoicesByNumbers(db: Db, orgId: string, numbers: string[]): Promise<OpenableInvoice[]> {
  if (numbers.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('invoices')
    .select(OPENABLE)
    .where('org_id', '=', orgId)
    .where('number', 'in', numbers)
    .execute();
}

export function findDebitNote(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('debit_notes')
    .select(['id', 'client_id', 'number', 'issue_date', 'total_cents', 'paid_cents'])
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Locks the invoices and debit notes a payment is allocated to until commit, on PostgreSQL
 * (SQLite runs one writer at a time), in one order whatever the order given: by id across both
 * kinds, the order allocating takes them in (applyAllocations), so the two never wait crosswise.
 * FOR NO KEY UPDATE is the lock the updates of their paid amounts take anyway: taken first, it
 * adds no conflict they did not have, it only moves the wait before the allocations are read.
 */
export async function lockAllocationTargets(
  db: Db,
  dialect: Dialect,
  orgId: string,
  targets: ReadonlyArray<{ kind: 'invoice' | 'debit-note'; id: string }>,
) {
  if (dialect !== 'postgres') return;
  for (const t of [...targets].sort((x, y) => x.id.localeCompare(y.id))) {
    if (t.kind === 'invoice')
      await db
        .selectFrom('invoices')
        .select('id')
        .where('org_id', '=', orgId)
        .where('id', '=', t.id)
        .forNoKeyUpdate()
        .execute();
    else
      await db
        .selectFrom('debit_notes')
        .select('id')
        .where('org_id', '=', orgId)
        .where('id', '=', t.id)
        .forNoKeyUpdate()
        .execute();
  }
}

export async function insertPayment(db: Db, row: Insertable<PaymentsTable>) {
  await db.insertInto('payments').values(row).execute();
}

export function paymentsWithNames(db: Db) {
  return db
    .selectFrom('payments')
    .innerJoin('clients', 'clients.id', 'payments.client_id')
    .selectAll('payments')
    .select('clients.legal_name as client_name');
}

export function findPayment(
  db: Db,
  orgId: string,
  id: string,
  clientId: string | null,
): Promise<PaymentRow | undefined> {
  let q = paymentsWithNames(db).where('payments.org_id', '=', orgId).where('payments.id', '=', id);
  if (clientId !== null) q = q.where('payments.client_id', '=', clientId);
  return q.executeTakeFirst();
}

/** The payment row, locked until commit on PostgreSQL (SQLite runs one writer at a time). */
export function lockPayment(db: Db, dialect: Dialect, orgId: string, id: string) {
  let q = db.selectFrom('payments').selectAll().where('org_id', '=', orgId).where('id', '=', id);
  if (dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The payments of a client received on or before a date (account statement). */
export function paymentsOfClient(db: Db, orgId: string, clientId: string, until: string): Promise<PaymentRow[]> {
  return paymentsWithNames(db)
    .where('payments.org_id', '=', orgId)
    .where('payments.client_id', '=', clientId)
    .where('payments.received_on', '<=', until)
    .orderBy('payments.received_on')
    .orderBy('payments.created_at')
    .orderBy('payments.id')
    .execute();
}

export async function allocationsOf(db: Db, orgId: string, paymentIds: string[]): Promise<AllocationRow[]> {
  if (paymentIds.length === 0) return [];
  return (
    db
      .selectFrom('payment_allocations')
      .leftJoin('invoices', 'invoices.id', 'payment_allocations.invoice_id')
      .leftJoin('debit_notes', 'debit_notes.id', 'payment_allocations.debit_note_id')
      .selectAll('payment_allocations')
      .select(['invoices.number as invoice_number', 'debit_notes.number as debit_note_number'])
      .where('payment_allocations.org_id', '=', orgId)
      .where('payment_allocations.payment_id', 'in', paymentIds)
      // Allocations written together share their instant: then oldest due date first, as allocated.
      .orderBy('payment_allocations.created_at')
      .orderBy('invoices.due_date')
      .orderBy('invoices.number')
      .orderBy('debit_notes.number')
      .orderBy('payment_allocations.id')
      .execute()
  );
}

export async function allocatedOf(db: Db, orgId: string, paymentId: string): Promise<number> {
  const row = await db
    .selectFrom('payment_allocations')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_cents'), eb.lit(0)).as('total'))
    .where('org_id', '=', orgId)
    .where('payment_id', '=', paymentId)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** recorded → reversed, once: false when it was already reversed (or is unknown). */
export async function markReversed(
  db: Db,
  orgId: string,
  id: string,
  set: { reversed_on: string; reversal_reason: string; updated_at: string },
): Promise<boolean> {
  const res = await db
    .updateTable('payments')
    .set({ ...set, status: 'reversed' })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', 'recorded')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function touchPayment(db: Db, orgId: string, id: string, at: string) {
  await db.updateTable('payments').set({ updated_at: at }).where('org_id', '=', orgId).where('id', '=', id).execute();
}

// Account statement reads.

export function issuedDocumentsOfClient(db: Db, orgId: string, clientId: string, until: string) {
  return db
    .selectFrom('invoices')
    .select([
      ...OPENABLE,
      'corrects_invoice_id',
      'settled_on',
      'accelerated_on',
      'late_interest_cents',
      'late_indemnity_cents',
      'late_as_of',
      'interest_claimed_cents',
      'indemnity_claimed',
      'terms_version',
    ])
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('status', '=', 'issued')
    .where('issue_date', '<=', until)
    .orderBy('issue_date')
    .orderBy('number')
    .execute();
}

export function debitNotesOfClient(db: Db, orgId: string, clientId: string, until: string) {
  return db
    .selectFrom('debit_notes')
    .select(['id', 'number', 'issue_date', 'due_date', 'total_cents', 'paid_cents'])
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('issue_date', '<=', until)
    .orderBy('issue_date')
    .orderBy('number')
    .execute();
}

// Bank statement imports.

export function findImportBySha(db: Db, orgId: string, sha256: string) {
  return db
    .selectFrom('bank_imports')
    .select(['id', 'filename', 'imported_at'])
    .where('org_id', '=', orgId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

/** The bank references among `refs` already imported by the organisation (camt.053 entries). */
export async function knownBankReferences(db: Db, orgId: string, refs: readonly string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (let i = 0; i < refs.length; i += 500) {
    const rows = await db
      .selectFrom('bank_lines')
      .select('bank_reference')
      .where('org_id', '=', orgId)
      .where('bank_reference', 'in', refs.slice(i, i + 500))
      .execute();
    for (const r of rows) if (r.bank_reference) known.add(r.bank_reference);
  }
  return known;
}

export async function insertImport(db: Db, row: Insertable<BankImportsTable>, lines: Insertable<BankLinesTable>[]) {
  await db.insertInto('bank_imports').values(row).execute();
  // Chunks keep each statement under the engines' bound-parameter limits.
  for (let i = 0; i < lines.length; i += 500)
    await db
      .insertInto('bank_lines')
      .values(lines.slice(i, i + 500))
      .execute();
}

export function findImport(db: Db, orgId: string, id: string) {
  return db.selectFrom('bank_imports').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function listImports(db: Db, orgId: string, limit: number) {
  return db
    .selectFrom('bank_imports')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('imported_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function lineCounts(db: Db, orgId: string, importIds: string[]) {
  if (importIds.length === 0) return [];
  const rows = await db
    .selectFrom('bank_lines')
    .select(['import_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('org_id', '=', orgId)
    .where('import_id', 'in', importIds)
    .groupBy(['import_id', 'status'])
    .execute();
  return rows.map((r) => ({ importId: r.import_id, status: r.status, n: Number(r.n) }));
}

export function linesOfImport(db: Db, orgId: string, importId: string): Promise<BankLineRow[]> {
  return db
    .selectFrom('bank_lines')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('import_id', '=', importId)
    .orderBy('position')
    .execute();
}

export function findLine(db: Db, orgId: string, importId: string, lineId: string): Promise<BankLineRow | undefined> {
  return db
    .selectFrom('bank_lines')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('import_id', '=', importId)
    .where('id', '=', lineId)
    .executeTakeFirst();
}

/** An open line (proposed or unmatched) → confirmed or ignored, once: false when it was not open any more. */
export async function closeLine(
  db: Db,
  orgId: string,
  lineId: string,
  set: { status: 'confirmed' | 'ignored'; payment_id?: string; client_id?: string },
): Promise<boolean> {
  const res = await db
    .updateTable('bank_lines')
    .set(set)
    .where('org_id', '=', orgId)
    .where('id', '=', lineId)
    .where('status', 'in', ['proposed', 'unmatched'])
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Allocations of recorded (not reversed) payments to these invoices, with the dates that count. */
export function liveInvoiceAllocations(db: Db, orgId: string, invoiceIds: string[]) {
  return db
    .selectFrom('payment_allocations')
    .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
    .innerJoin('invoices', 'invoices.id', 'payment_allocations.invoice_id')
    .select([
      'payment_allocations.invoice_id as invoice_id',
      'payment_allocations.amount_cents as amount_cents',
      'payments.received_on as received_on',
      'invoices.issue_date as issue_date',
    ])
    .where('payment_allocations.org_id', '=', orgId)
    .where('payment_allocations.invoice_id', 'in', invoiceIds)
    .where('payments.status', '=', 'recorded')
    .orderBy('payments.received_on')
    .execute();
}
