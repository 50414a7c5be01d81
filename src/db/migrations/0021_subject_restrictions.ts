// Frozen in time: never import application types here.
// Personal data (issue #14, ADR 0021): a data-subject restriction (GDPR art. 18) or objection
// (art. 21) applied to the person's own rows — their contact records and portal/staff account —
// so that the modules that use those rows see it without asking the privacy module.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['client_contacts', 'users']) {
    // The civil day the restriction, or the objection, took effect (null: none).
    await db.schema.alterTable(table).addColumn('restricted_on', 'text').execute();
    await db.schema.alterTable(table).addColumn('objected_on', 'text').execute();
  }
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
