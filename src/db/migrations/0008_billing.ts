// Frozen in time: never import application types here.
// Monthly rent billing (CGV art. 10.1; LEGAL.md §6.2): what a billing run reports as it goes.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // billing_runs exists since 0006; a run reports its day, its progress and what it left aside.
  for (const [name, type, build] of [
    ['as_of', 'text', (c: any) => c],
    ['issue_date', 'text', (c: any) => c],
    ['contracts_total', 'integer', (c: any) => c],
    // Financed by a lessor: the lessor invoices the rent (LEGAL.md §6.2), so the run skips them.
    ['contracts_skipped_lessor', 'integer', (c: any) => c.notNull().defaultTo(0)],
    // Already invoiced for the period (billing_key): a rerun or the daily sweep after a run.
    ['contracts_already_billed', 'integer', (c: any) => c.notNull().defaultTo(0)],
    ['batches_committed', 'integer', (c: any) => c.notNull().defaultTo(0)],
    ['first_number', 'text', (c: any) => c],
    ['last_number', 'text', (c: any) => c],
    ['error', 'text', (c: any) => c],
    ['updated_at', 'text', (c: any) => c],
  ] as const) {
    await db.schema.alterTable('billing_runs').addColumn(name, type, build).execute();
  }
  // The billing run reads the contracts of an organisation by keyset pages of ids.
  await db.schema.createIndex('contracts_org_id_idx').on('contracts').columns(['org_id', 'id']).execute();
  await db.schema
    .createIndex('billing_runs_period_idx')
    .on('billing_runs')
    .columns(['org_id', 'period', 'started_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
