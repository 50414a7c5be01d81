// Frozen in time: never import application types here.
// The history of the selling organisation's identity (ADR 0012): documents rendered after their
// issue (billing-run invoices, rendered on first request) print the identity in force when they
// were issued, not the current one.
import type { Kysely } from 'kysely';

/** The identity columns of `organisations` a version holds, as they stood at this migration. */
const IDENTITY_COLUMNS = [
  'name',
  'legal_form',
  'share_capital_cents',
  'address_line',
  'postal_code',
  'city',
  'country',
  'siren',
  'siret',
  'vat_number',
  'rcs',
  'iban',
  'bic',
  'sepa_creditor_id',
  'email',
  'phone',
  'vat_on_debits',
] as const;
const NUMERIC = new Set(['share_capital_cents', 'vat_on_debits']);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organisation_versions')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    // UTC ISO timestamp from which this identity is in force (version 1: the organisation's creation).
    .addColumn('valid_from', 'text', (c) => c.notNull())
    // The identity columns above, by column name, as JSON.
    .addColumn('identity_json', 'text', (c) => c.notNull())
    // Who made the change: a user id, or 'system' (creation, this migration).
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('organisation_versions_pk', ['org_id', 'version'])
    .execute();
  await db.schema
    .createIndex('organisation_versions_valid_idx')
    .on('organisation_versions')
    .columns(['org_id', 'valid_from'])
    .execute();

  // Every existing organisation starts its history with its identity of today: it could not be
  // changed before (no command did), so it is the identity every issued document was made with.
  const rows = await db.selectFrom('organisations').selectAll().execute();
  for (const row of rows) {
    const identity: Record<string, unknown> = {};
    for (const column of IDENTITY_COLUMNS) {
      const value = row[column] ?? null;
      identity[column] = value !== null && NUMERIC.has(column) ? Number(value) : value;
    }
    await db
      .insertInto('organisation_versions')
      .values({
        org_id: row.id,
        version: 1,
        valid_from: row.created_at,
        identity_json: JSON.stringify(identity),
        changed_by: 'system',
      })
      .execute();
  }
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
