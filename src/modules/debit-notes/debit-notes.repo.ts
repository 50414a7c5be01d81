import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DebitNoteRowsTable, DebitNotesTable, InvoicesTable } from '../../db/schema.ts';

export type DebitNoteRow = Selectable<DebitNotesTable> & { client_name: string };
export type DebitNoteLineRow = Selectable<DebitNoteRowsTable> & {
  invoice_number: string | null;
  invoice_due_date: string | null;
};

/** What claiming needs to know of an invoice. */
export type ClaimableInvoice = Pick<
  Selectable<InvoicesTable>,
  | 'id'
  | 'client_id'
  | 'contract_id'
  | 'number'
  | 'issue_date'
  | 'due_date'
  | 'gross_cents'
  | 'credited_cents'
  | 'settled_on'
  | 'terms_version'
  | 'late_json'
  | 'interest_claimed_cents'
  | 'indemnity_claimed'
> & { public_buyer: number };

const CLAIMABLE = [
  'i.id',
  'i.client_id',
  'i.contract_id',
  'i.number',
  'i.issue_date',
  'i.due_date',
  'i.gross_cents',
  'i.credited_cents',
  'i.settled_on',
  'i.terms_version',
  'i.late_json',
  'i.interest_claimed_cents',
  'i.indemnity_claimed',
  'c.public_buyer',
] as const;

/**
 * Invoices paid late whose final figures (the sweep's late_json) are not fully claimed yet:
 * interest beyond what earlier debit notes claimed, or the EUR 40 not yet claimed.
 */
export function settledLateUnclaimed(db: Db, orgId: string): Promise<ClaimableInvoice[]> {
  return db
    .selectFrom('invoices as i')
    .innerJoin('clients as c', 'c.id', 'i.client_id')
    .select(CLAIMABLE)
    .where('i.org_id', '=', orgId)
    .where('i.late_outcome', '=', 'paid-late')
    .where('i.late_final_on', 'is not', null)
    .whereRef('i.late_final_on', '=', 'i.settled_on')
    .where((eb) =>
      eb.or([
        eb('i.late_interest_cents', '>', eb.ref('i.interest_claimed_cents')),
        eb.and([eb('i.late_indemnity_cents', '>', 0), eb('i.indemnity_claimed', '=', 0)]),
      ]),
    )
    .orderBy('i.client_id')
    .orderBy('i.due_date')
    .orderBy('i.number')
    .execute();
}

/** A client's issued invoices that may carry late charges as of a date (late or paid late). */
export function lateInvoicesOfClient(
  db: Db,
  orgId: string,
  clientId: string,
  asOf: string,
): Promise<ClaimableInvoice[]> {
  return db
    .selectFrom('invoices as i')
    .innerJoin('clients as c', 'c.id', 'i.client_id')
    .select(CLAIMABLE)
    .where('i.org_id', '=', orgId)
    .where('i.client_id', '=', clientId)
    .where('i.kind', '=', 'invoice')
    .where('i.status', '=', 'issued')
    .where('i.due_date', '<', asOf)
    .where((eb) => eb.or([eb('i.settled_on', 'is', null), eb('i.settled_on', '>', eb.ref('i.due_date'))]))
    .orderBy('i.due_date')
    .orderBy('i.number')
    .execute();
}

export function findClient(db: Db, orgId: string, clientId: string) {
  return db.selectFrom('clients').selectAll().where('org_id', '=', orgId).where('id', '=', clientId).executeTakeFirst();
}

export function insertDebitNote(trx: Db, note: Insertable<DebitNotesTable>, rows: DebitNoteRowsTable[]) {
  return trx
    .insertInto('debit_notes')
    .values(note)
    .execute()
    .then(() => (rows.length > 0 ? trx.insertInto('debit_note_rows').values(rows).execute() : undefined));
}

function withClient(db: Db) {
  return db
    .selectFrom('debit_notes as d')
    .innerJoin('clients as c', 'c.id', 'd.client_id')
    .selectAll('d')
    .select('c.legal_name as client_name');
}

export function findDebitNote(
  db: Db,
  orgId: string,
  id: string,
  clientId: string | null,
): Promise<DebitNoteRow | undefined> {
  let q = withClient(db).where('d.org_id', '=', orgId).where('d.id', '=', id);
  if (clientId !== null) q = q.where('d.client_id', '=', clientId);
  return q.executeTakeFirst();
}

export function rowsOf(db: Db, debitNoteId: string): Promise<DebitNoteLineRow[]> {
  return db
    .selectFrom('debit_note_rows as r')
    .innerJoin('invoices as i', 'i.id', 'r.invoice_id')
    .selectAll('r')
    .select(['i.number as invoice_number', 'i.due_date as invoice_due_date'])
    .where('r.debit_note_id', '=', debitNoteId)
    .orderBy('i.due_date')
    .orderBy('i.number')
    .execute();
}

export async function addDebitNotePaid(db: Db, orgId: string, id: string, cents: number): Promise<boolean> {
  const res = await db
    .updateTable('debit_notes')
    .set((eb) => ({ paid_cents: eb('paid_cents', '+', cents) }))
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where((eb) => eb(eb('paid_cents', '+', cents), '<=', eb.ref('total_cents')))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Takes a payment back off a debit note; false (nothing written) if it would leave less than nothing paid. */
export async function removeDebitNotePaid(db: Db, orgId: string, id: string, cents: number): Promise<boolean> {
  const res = await db
    .updateTable('debit_notes')
    .set((eb) => ({ paid_cents: eb('paid_cents', '-', cents) }))
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('paid_cents', '>=', cents)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
