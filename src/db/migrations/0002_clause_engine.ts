// Frozen in time: never import application types here.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  const blob = isPg ? sql`bytea` : sql`blob`;

  await db.schema
    .createTable('terms_versions')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('parameters_json', 'text', (c) => c.notNull())
    .addColumn('articles_json', 'text', (c) => c.notNull())
    .addColumn('based_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addPrimaryKeyConstraint('terms_versions_pk', ['org_id', 'version'])
    .execute();

  // Reference data shared by every organisation: the ECB main refinancing operations rate.
  await db.schema
    .createTable('ecb_rates')
    .addColumn('effective_from', 'text', (c) => c.primaryKey())
    .addColumn('rate_percent', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('evidence_documents')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('content', blob, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_documents_pk', ['org_id', 'sha256'])
    .execute();

  await db.schema
    .createTable('evidence_entries')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('document_sha256', 'text')
    .addColumn('decision_json', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_entries_pk', ['org_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('evidence_object_idx')
    .on('evidence_entries')
    .columns(['org_id', 'object_type', 'object_id'])
    .execute();
  await db.schema
    .createIndex('evidence_contract_idx')
    .on('evidence_entries')
    .columns(['org_id', 'contract_id'])
    .execute();

  // The head of each organisation's chain: locked while appending so the chain never forks.
  await db.schema
    .createTable('evidence_heads')
    .addColumn('org_id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('article', 'text', (c) => c.notNull())
    .addColumn('terms_version', 'text', (c) => c.notNull())
    .addColumn('decision_json', 'text', (c) => c.notNull())
    .addColumn('effect_key', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('evidence_seq', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('decisions_effect_uq', ['org_id', 'effect_key'])
    .execute();
  await db.schema
    .createIndex('decisions_object_idx')
    .on('decisions')
    .columns(['org_id', 'object_type', 'object_id'])
    .execute();

  await db.schema
    .createTable('sweep_runs')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('examined', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('acted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addPrimaryKeyConstraint('sweep_runs_pk', ['org_id', 'step', 'as_of'])
    .execute();

  // SQLite has no advisory locks: a lease row keeps one sweep at a time there.
  await db.schema
    .createTable('sweep_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('clients').addColumn('relationship_ended_on', 'text').execute();
  await db.schema.alterTable('clients').addColumn('anonymised_at', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
