/** The `sepa` module's queries: mandates and their amendments, collection runs, files, debits, returns. */
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type {
  SepaCollectionFilesTable,
  SepaCollectionRunsTable,
  SepaDebitsTable,
  SepaMandateAmendmentsTable,
  SepaMandatesTable,
  SepaReturnsTable,
} from '../../db/schema.ts';

export type MandateRow = Selectable<SepaMandatesTable>;
export type RunRow = Selectable<SepaCollectionRunsTable>;
export type FileRow = Selectable<SepaCollectionFilesTable>;
export type DebitRow = Selectable<SepaDebitsTable>;

/** Open direct-debit invoices due by the date, with the client's payment method. */
export function directDebitInvoicesDue(db: Db, orgId: string, dueBy: string) {
  return (
    db
      .selectFrom('invoices')
      .innerJoin('clients', 'clients.id', 'invoices.client_id')
      .select([
        'invoices.id',
        'invoices.number',
        'invoices.issue_date',
        'invoices.due_date',
        sql<number>`invoices.gross_cents - invoices.paid_cents - invoices.credited_cents`.as('open_cents'),
        'invoices.client_id',
        'clients.legal_name',
        'clients.payment_method',
      ])
      .where('invoices.org_id', '=', orgId)
      .where('invoices.status', '=', 'issued')
      .where('invoices.kind', '=', 'invoice')
      .where('invoices.payment_means', '=', 'direct-debit')
      .where('invoices.due_date', '<=', dueBy)
      .where(sql<boolean>`invoices.gross_cents - invoices.paid_cents - invoices.credited_cents > 0`)
      // An invoice already in a pending debit of a run is not collected twice.
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('sepa_debits')
              .select('sepa_debits.id')
              .whereRef('sepa_debits.invoice_id', '=', 'invoices.id')
              .where('sepa_debits.status', '=', 'pending'),
          ),
        ),
      )
      .orderBy('invoices.due_date')
      .orderBy('invoices.number')
      .execute()
  );
}

export function mandatesOfClients(db: Db, orgId: string, clientIds: readonly string[]) {
  if (clientIds.length === 0) return Promise.resolve([] as MandateRow[]);
  return db
    .selectFrom('sepa_mandates')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('client_id', 'in', [...clientIds])
    .orderBy('signed_on', 'desc')
    .orderBy('id')
    .execute();
}

export function findMandate(db: Db, orgId: string, id: string) {
  return db.selectFrom('sepa_mandates').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function findMandateByReference(db: Db, orgId: string, reference: string) {
  return db
    .selectFrom('sepa_mandates')
    .select(['id'])
    .where('org_id', '=', orgId)
    .where('reference', '=', reference)
    .executeTakeFirst();
}

export async function insertMandate(db: Db, row: Insertable<SepaMandatesTable>) {
  await db.insertInto('sepa_mandates').values(row).execute();
}

/** Updates a mandate at the version read (optimistic: false when someone amended it meanwhile). */
export async function updateMandate(
  db: Db,
  orgId: string,
  id: string,
  version: number,
  set: Updateable<SepaMandatesTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('sepa_mandates')
    .set(set)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertAmendment(db: Db, row: Insertable<SepaMandateAmendmentsTable>) {
  await db.insertInto('sepa_mandate_amendments').values(row).execute();
}

export function amendmentsOf(db: Db, orgId: string, mandateIds: readonly string[]) {
  if (mandateIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('sepa_mandate_amendments')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('mandate_id', 'in', [...mandateIds])
    .orderBy('mandate_id')
    .orderBy('version')
    .execute();
}

/** When each mandate was last carried by a generated file (the creation of its latest run). */
export function lastCollectedAt(db: Db, orgId: string, mandateIds: readonly string[]) {
  if (mandateIds.length === 0) return Promise.resolve([] as Array<{ mandate_id: string; at: string | null }>);
  return db
    .selectFrom('sepa_debits')
    .innerJoin('sepa_collection_runs', 'sepa_collection_runs.id', 'sepa_debits.run_id')
    .select(['sepa_debits.mandate_id', (eb) => eb.fn.max('sepa_collection_runs.created_at').as('at')])
    .where('sepa_debits.org_id', '=', orgId)
    .where('sepa_debits.mandate_id', 'in', [...mandateIds])
    .groupBy('sepa_debits.mandate_id')
    .execute();
}

/** Marks the mandates used by a generated file: the first use fixes FRST, later ones are RCUR. */
export async function markMandatesUsed(db: Db, orgId: string, ids: readonly string[], on: string, at: string) {
  if (ids.length === 0) return;
  await db
    .updateTable('sepa_mandates')
    .set({ first_used_on: sql`coalesce(first_used_on, ${on})`, last_used_on: on, updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', 'in', [...ids])
    .execute();
}

export async function insertRun(db: Db, row: Insertable<SepaCollectionRunsTable>) {
  await db.insertInto('sepa_collection_runs').values(row).execute();
}
export async function insertFile(db: Db, row: Insertable<SepaCollectionFilesTable>) {
  await db.insertInto('sepa_collection_files').values(row).execute();
}
export async function insertDebits(db: Db, rows: Insertable<SepaDebitsTable>[]) {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('sepa_debits')
      .values(rows.slice(i, i + 200))
      .execute();
}

export function listRuns(db: Db, orgId: string) {
  return db
    .selectFrom('sepa_collection_runs')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(200)
    .execute();
}

export function findRun(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('sepa_collection_runs')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function filesOfRun(db: Db, orgId: string, runId: string) {
  return db
    .selectFrom('sepa_collection_files')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('run_id', '=', runId)
    .orderBy('collection_date')
    .orderBy('scheme')
    .execute();
}

export function debitsOfRun(db: Db, orgId: string, runId: string) {
  return db
    .selectFrom('sepa_debits')
    .innerJoin('invoices', 'invoices.id', 'sepa_debits.invoice_id')
    .innerJoin('clients', 'clients.id', 'sepa_debits.client_id')
    .innerJoin('sepa_mandates', 'sepa_mandates.id', 'sepa_debits.mandate_id')
    .selectAll('sepa_debits')
    .select(['invoices.number', 'clients.legal_name', 'sepa_mandates.reference as mandate_reference'])
    .where('sepa_debits.org_id', '=', orgId)
    .where('sepa_debits.run_id', '=', runId)
    .orderBy('sepa_debits.collection_date')
    .orderBy('invoices.number')
    .execute();
}

export async function markRunSent(db: Db, orgId: string, runId: string, by: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('sepa_collection_runs')
    .set({ status: 'sent', sent_by: by, sent_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', runId)
    .where('status', '=', 'generated')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setPreNotificationMessage(db: Db, debitIds: readonly string[], messageId: string) {
  await db
    .updateTable('sepa_debits')
    .set({ pre_notification_message_id: messageId })
    .where('id', 'in', [...debitIds])
    .execute();
}

/** The pre-notification's transport accepted it: the debits it announces are pre-notified. */
export async function markPreNotified(db: Db, messageId: string, at: string) {
  await db
    .updateTable('sepa_debits')
    .set({ pre_notified_at: at })
    .where('pre_notification_message_id', '=', messageId)
    .where('pre_notified_at', 'is', null)
    .execute();
}

/** The debit of an invoice in a run sent to the bank (by the end-to-end id, the invoice number). */
export function debitByEndToEnd(db: Db, orgId: string, endToEndId: string) {
  return db
    .selectFrom('sepa_debits')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('end_to_end_id', '=', endToEndId)
    .orderBy('collection_date', 'desc')
    .executeTakeFirst();
}

/** The latest pending debit of an invoice. */
export function debitsOfInvoice(db: Db, orgId: string, invoiceId: string) {
  return db
    .selectFrom('sepa_debits')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('invoice_id', '=', invoiceId)
    .where('status', '=', 'pending')
    .orderBy('collection_date', 'desc')
    .executeTakeFirst();
}

export async function markDebitReturned(db: Db, id: string) {
  await db.updateTable('sepa_debits').set({ status: 'returned' }).where('id', '=', id).execute();
}

/** The recorded direct-debit payment paying this invoice (the latest). */
export function directDebitPaymentOfInvoice(db: Db, orgId: string, invoiceId: string) {
  return db
    .selectFrom('payment_allocations')
    .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
    .select(['payments.id', 'payments.received_on', 'payments.amount_cents'])
    .where('payment_allocations.org_id', '=', orgId)
    .where('payment_allocations.invoice_id', '=', invoiceId)
    .where('payments.means', '=', 'direct-debit')
    .where('payments.status', '=', 'recorded')
    .orderBy('payments.received_on', 'desc')
    .executeTakeFirst();
}

export function findPayment(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('payments')
    .select(['id', 'means', 'status', 'received_on', 'amount_cents', 'client_id'])
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function invoicesOfPayment(db: Db, orgId: string, paymentId: string) {
  return db
    .selectFrom('payment_allocations')
    .select('invoice_id')
    .where('org_id', '=', orgId)
    .where('payment_id', '=', paymentId)
    .where('invoice_id', 'is not', null)
    .execute();
}

export function returnByBankReference(db: Db, orgId: string, bankReference: string) {
  return db
    .selectFrom('sepa_returns')
    .select('id')
    .where('org_id', '=', orgId)
    .where('bank_reference', '=', bankReference)
    .executeTakeFirst();
}

export async function insertReturn(db: Db, row: Insertable<SepaReturnsTable>) {
  await db.insertInto('sepa_returns').values(row).execute();
}

export function listReturns(db: Db, orgId: string) {
  return db
    .selectFrom('sepa_returns')
    .leftJoin('invoices', 'invoices.id', 'sepa_returns.invoice_id')
    .selectAll('sepa_returns')
    .select('invoices.number')
    .where('sepa_returns.org_id', '=', orgId)
    .orderBy('sepa_returns.created_at', 'desc')
    .limit(200)
    .execute();
}
