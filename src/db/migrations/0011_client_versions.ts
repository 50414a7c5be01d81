// Frozen in time: never import application types here.
// The history of each client's identity as invoices print it (ADR 0013): an invoice issued by the
// billing run and rendered on first request prints the buyer as it stood when it was issued, not
// as it has been edited since.
import type { Kysely } from 'kysely';

/** The columns of `clients` an invoice prints, which a version holds, as they stood at this migration. */
const IDENTITY_COLUMNS = [
  'legal_name',
  'address_line',
  'postal_code',
  'city',
  'siren',
  'siret',
  'vat_number',
  'email',
  'site_address_line',
  'site_postal_code',
  'site_city',
  'mandate_reference',
] as const;

/** Clients read and written per statement (6 parameters a row stays far below either engine's limit). */
const PAGE = 500;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('client_versions')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    // UTC ISO timestamp from which this identity is in force (version 1: the client's creation).
    .addColumn('valid_from', 'text', (c) => c.notNull())
    // The identity columns above, by column name, as JSON.
    .addColumn('identity_json', 'text', (c) => c.notNull())
    // Who made the change: a user id, or 'system' (seed, samples, this migration).
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('client_versions_pk', ['org_id', 'client_id', 'version'])
    .execute();
  await db.schema
    .createIndex('client_versions_valid_idx')
    .on('client_versions')
    .columns(['org_id', 'client_id', 'valid_from'])
    .execute();

  // Every existing client starts its history with its identity of today, in force since its
  // creation: earlier edits were not recorded, and today's identity is what an invoice not yet
  // rendered would have printed anyway. Paged by id, so a large base never sits in memory.
  let after = '';
  for (;;) {
    const rows = await db.selectFrom('clients').selectAll().where('id', '>', after).orderBy('id').limit(PAGE).execute();
    if (rows.length === 0) break;
    await db
      .insertInto('client_versions')
      .values(
        rows.map((row) => {
          const identity: Record<string, unknown> = {};
          for (const column of IDENTITY_COLUMNS) identity[column] = row[column] ?? null;
          return {
            org_id: row.org_id,
            client_id: row.id,
            version: 1,
            valid_from: row.created_at,
            identity_json: JSON.stringify(identity),
            changed_by: 'system',
          };
        }),
      )
      .execute();
    after = rows[rows.length - 1]!.id;
  }
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
