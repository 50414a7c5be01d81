// Frozen in time: never import application types here.
// Bank formats and accounting (issue #13): camt.053 statement entries keyed by the bank's
// reference, so that an entry is imported once whatever file brings it again; the chart of
// accounts the FEC export uses.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // The bank's own reference of a camt.053 entry (AcctSvcrRef, else NtryRef); null for CSV lines.
  await db.schema.alterTable('bank_lines').addColumn('bank_reference', 'text').execute();
  // Several nulls are allowed by both engines: only camt.053 entries are unique.
  await db.schema
    .createIndex('bank_lines_bank_reference_idx')
    .on('bank_lines')
    .columns(['org_id', 'bank_reference'])
    .unique()
    .execute();
  // One row per organisation: the accounts of the FEC (JSON; absent keys take the PCG defaults).
  await db.schema
    .createTable('accounting_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey())
    .addColumn('accounts_json', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
