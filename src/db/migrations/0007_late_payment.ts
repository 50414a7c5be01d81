// Frozen in time: never import application types here.
// Late-payment enforcement (CGV art. 10.3; LEGAL.md §1): what the daily sweep needs to act on
// state changes only and to leave an invoice alone once its late figures are final.
import { type Kysely, type SqlBool, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // The outcome of the latest invoice.late-payment decision stored in late_json ('late',
  // 'paid-late', …): a change of outcome is what records a decision, without parsing late_json.
  await db.schema.alterTable('invoices').addColumn('late_outcome', 'text').execute();
  // The settlement date for which the late figures are final: while it equals settled_on the sweep
  // skips the invoice; a reversed or re-dated settlement makes it a candidate again.
  await db.schema.alterTable('invoices').addColumn('late_final_on', 'text').execute();
  // What the daily late-payment step examines, in keyset order (due date, id): issued invoices
  // unsettled, or settled after their due date and not yet final. A partial index holds only them
  // (settled-on-time and final invoices, most of a large base, are not in it), so each page reads
  // its candidates and nothing else. Both engines support partial indexes.
  await db.schema
    .createIndex('invoices_late_candidates_idx')
    .on('invoices')
    .columns(['org_id', 'due_date', 'id'])
    .where(
      sql.raw<SqlBool>(
        `kind = 'invoice' and status = 'issued' and (settled_on is null or (settled_on > due_date and (late_final_on is null or late_final_on <> settled_on)))`,
      ),
    )
    .execute();
  // The debit-note step looks for invoices paid late with something left to claim.
  await db.schema.createIndex('invoices_late_outcome_idx').on('invoices').columns(['org_id', 'late_outcome']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
