// Frozen in time: never import application types here.
// Rent billed from the equipment register (issue #10, ADR 0025): the billing run reads the rental
// units of each batch of contracts, and its catch-up and supplements look for units by contract
// and by the time they were recorded. Without these indexes each batch scanned the whole register
// (bench billing-run: 15 s before rent was billed per unit, 38 s after, superlinear in contracts).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('equipment_units_contract_idx')
    .on('equipment_units')
    .columns(['contract_id', 'kind'])
    .execute();
  await db.schema
    .createIndex('equipment_units_recorded_idx')
    .on('equipment_units')
    .columns(['org_id', 'kind', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('equipment_units_recorded_idx').execute();
  await db.schema.dropIndex('equipment_units_contract_idx').execute();
}
