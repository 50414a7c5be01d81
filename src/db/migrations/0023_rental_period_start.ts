// Frozen in time: never import application types here.
// Rentals (issue #10; CGV art. 4.2.1, 15.1): when a rented unit's period — and its rent — starts,
// chosen per contract: at its delivery, or at the contract's stated start. Either way a unit is
// billed only once delivered. Contracts formed before read the ALLEO default, the delivery.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('contracts')
    .addColumn('rental_period_start', 'text', (c) => c.notNull().defaultTo('delivery'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contracts').dropColumn('rental_period_start').execute();
}
