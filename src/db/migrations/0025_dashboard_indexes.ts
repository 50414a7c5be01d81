// Frozen in time: never import application types here.
// Daily use (issue #17): indexes for the dashboard's aggregate queries and the evidence log's
// filters, so that the home page stays fast with 100,000 invoices (bench `dashboard`).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // The issued invoices by settlement, kind and due date, with every column the receivable
  // figures read: the overdue amounts, ageing buckets, due this week, cash expected and overdue
  // by client are read from the index alone, never from the table's rows.
  await db.schema
    .createIndex('invoices_receivables')
    .on('invoices')
    .columns([
      'org_id',
      'status',
      'settled_on',
      'kind',
      'due_date',
      'client_id',
      'gross_cents',
      'paid_cents',
      'credited_cents',
    ])
    .execute();
  // Invoiced by month (twelve months of issue dates) and collected by month.
  await db.schema
    .createIndex('invoices_issue_month')
    .on('invoices')
    .columns(['org_id', 'status', 'issue_date', 'kind', 'gross_cents'])
    .execute();
  await db.schema
    .createIndex('payments_received_month')
    .on('payments')
    .columns(['org_id', 'status', 'received_on', 'amount_cents'])
    .execute();
  // The evidence log filtered by contract, newest first.
  await db.schema
    .createIndex('evidence_entries_contract')
    .on('evidence_entries')
    .columns(['org_id', 'contract_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'invoices_receivables',
    'invoices_issue_month',
    'payments_received_month',
    'evidence_entries_contract',
  ])
    await db.schema.dropIndex(name).execute();
}
