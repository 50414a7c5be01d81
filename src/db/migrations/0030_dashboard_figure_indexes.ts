// Frozen in time: never import application types here.
// Daily use (issue #17): the dashboard under 100 ms with 100,000 invoices (bench `dashboard`).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Overdue by client: the unsettled invoices in client order, so that summing them per client
  // follows the index instead of sorting ~30,000 rows in a temporary B-tree on every request; the
  // amounts are in the index (read from it alone).
  await db.schema
    .createIndex('invoices_overdue_by_client')
    .on('invoices')
    .columns([
      'org_id',
      'status',
      'settled_on',
      'kind',
      'client_id',
      'due_date',
      'gross_cents',
      'paid_cents',
      'credited_cents',
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('invoices_overdue_by_client').execute();
}
