// Frozen in time: never import application types here.
import type { Kysely } from 'kysely';

/**
 * The rent billing reads the contracts in force by effective date: the candidates of a month
 * (effective on or before its last day) and the daily catch-up (effective within the last 12
 * months, not yet billed for their first month). Without an index both read every contract of
 * the organisation.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('contracts_effective_date_idx').on('contracts').columns(['org_id', 'effective_date']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
