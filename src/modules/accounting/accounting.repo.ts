/** What the FEC reads of the sales documents, payments and clients; the accounting settings it owns. */
import { sql, type Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AccountingSettingsTable } from '../../db/schema.ts';

export interface SalesRow {
  id: string;
  kind: 'invoice' | 'credit-note';
  number: string | null;
  issue_date: string | null;
  client_id: string;
  legal_name: string;
  corrects_invoice_id: string | null;
  gross_cents: number;
  vat_breakdown_json: string;
  vat_on_debits: number;
  settled_on: string | null;
}

function salesQuery(db: Db, orgId: string) {
  return db
    .selectFrom('invoices')
    .innerJoin('clients', 'clients.id', 'invoices.client_id')
    .select([
      'invoices.id',
      'invoices.kind',
      'invoices.number',
      'invoices.issue_date',
      'invoices.client_id',
      'clients.legal_name',
      'invoices.corrects_invoice_id',
      'invoices.gross_cents',
      'invoices.vat_breakdown_json',
      'invoices.vat_on_debits',
      'invoices.settled_on',
    ])
    .where('invoices.org_id', '=', orgId)
    .where('invoices.status', '=', 'issued');
}

/** Issued invoices and credit notes dated in the period. */
export function salesInPeriod(db: Db, orgId: string, from: string, to: string): Promise<SalesRow[]> {
  return salesQuery(db, orgId)
    .where('invoices.issue_date', '>=', from)
    .where('invoices.issue_date', '<=', to)
    .execute() as Promise<SalesRow[]>;
}

/**
 * Issued invoices dated outside the period that its payments settle: their VAT on receipts (those
 * dated in the period are already read by salesInPeriod, so they are not read twice).
 */
export function salesPaidInPeriod(db: Db, orgId: string, from: string, to: string): Promise<SalesRow[]> {
  return salesQuery(db, orgId)
    .where((w) => w.or([w('invoices.issue_date', '<', from), w('invoices.issue_date', '>', to)]))
    .where('invoices.id', 'in', (eb) =>
      eb
        .selectFrom('payment_allocations')
        .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
        .select('payment_allocations.invoice_id')
        .where('payments.org_id', '=', orgId)
        .where('payment_allocations.invoice_id', 'is not', null)
        .where((w) =>
          w.or([
            w.and([w('payments.received_on', '>=', from), w('payments.received_on', '<=', to)]),
            w.and([w('payments.reversed_on', '>=', from), w('payments.reversed_on', '<=', to)]),
          ]),
        ),
    )
    .execute() as Promise<SalesRow[]>;
}

/** Net by nature and rate of the given invoices (the lines of the period's and the paid ones). */
export async function netsOf(
  db: Db,
  orgId: string,
  ids: readonly string[],
): Promise<Array<{ invoice_id: string; nature: 'goods' | 'services'; vat_rate: string; net: number }>> {
  const out: Array<{ invoice_id: string; nature: 'goods' | 'services'; vat_rate: string; net: number }> = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .selectFrom('invoice_lines')
      .select(['invoice_id', 'nature', 'vat_rate', sql<number>`sum(net_cents)`.as('net')])
      .where('org_id', '=', orgId)
      .where('invoice_id', 'in', ids.slice(i, i + 1000))
      .groupBy(['invoice_id', 'nature', 'vat_rate'])
      .execute();
    for (const r of rows) out.push({ ...r, net: Number(r.net) });
  }
  return out;
}

export function debitNotesInPeriod(db: Db, orgId: string, from: string, to: string) {
  return db
    .selectFrom('debit_notes')
    .innerJoin('clients', 'clients.id', 'debit_notes.client_id')
    .select([
      'debit_notes.id',
      'debit_notes.number',
      'debit_notes.issue_date',
      'debit_notes.client_id',
      'clients.legal_name',
      'debit_notes.total_cents',
      'debit_notes.paid_cents',
    ])
    .where('debit_notes.org_id', '=', orgId)
    .where('debit_notes.issue_date', '>=', from)
    .where('debit_notes.issue_date', '<=', to)
    .execute();
}

/** Payments received or reversed in the period, with their client's name. */
export function paymentsInPeriod(db: Db, orgId: string, from: string, to: string) {
  return db
    .selectFrom('payments')
    .innerJoin('clients', 'clients.id', 'payments.client_id')
    .select([
      'payments.id',
      'payments.client_id',
      'clients.legal_name',
      'payments.received_on',
      'payments.amount_cents',
      'payments.means',
      'payments.reference',
      'payments.status',
      'payments.reversed_on',
    ])
    .where('payments.org_id', '=', orgId)
    .where((w) =>
      w.or([
        w.and([w('payments.received_on', '>=', from), w('payments.received_on', '<=', to)]),
        w.and([w('payments.reversed_on', '>=', from), w('payments.reversed_on', '<=', to)]),
      ]),
    )
    .execute();
}

/** The allocations of the payments received or reversed in the period. */
export function allocationsInPeriod(db: Db, orgId: string, from: string, to: string) {
  return db
    .selectFrom('payment_allocations')
    .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
    .select([
      'payment_allocations.payment_id',
      'payment_allocations.invoice_id',
      'payment_allocations.debit_note_id',
      'payment_allocations.amount_cents',
    ])
    .where('payments.org_id', '=', orgId)
    .where((w) =>
      w.or([
        w.and([w('payments.received_on', '>=', from), w('payments.received_on', '<=', to)]),
        w.and([w('payments.reversed_on', '>=', from), w('payments.reversed_on', '<=', to)]),
      ]),
    )
    .execute();
}

export function findSettings(db: Db, orgId: string) {
  return db.selectFrom('accounting_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

export async function saveSettings(db: Db, row: Insertable<AccountingSettingsTable>) {
  await db
    .insertInto('accounting_settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('org_id').doUpdateSet({
        accounts_json: row.accounts_json,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}
