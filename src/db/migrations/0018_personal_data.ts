// Frozen in time: never import application types here.
// Personal data (issue #14, art. 17 and annex): the reason of an overridden end of relationship,
// erasable evidence documents (ADR 0026), the connection-log retention setting and the
// data-subject requests.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Why the end of the commercial relationship was entered by hand instead of derived.
  await db.schema.alterTable('clients').addColumn('relationship_end_reason', 'text').execute();
  // A stored document whose content was erased (UTC ISO) and the evidence entry recording it:
  // the chain keeps its SHA-256, the bytes are gone (ADR 0026).
  await db.schema.alterTable('evidence_documents').addColumn('erased_at', 'text').execute();
  await db.schema.alterTable('evidence_documents').addColumn('erasure_seq', 'bigint').execute();

  await db.schema
    .createTable('privacy_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey())
    // Login failures (e-mail and IP) are kept this many days at most (1 to 365).
    .addColumn('connection_log_retention_days', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('data_subject_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text')
    .addColumn('portal_user_id', 'text')
    .addColumn('subject_email', 'text', (c) => c.notNull())
    .addColumn('subject_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('identity_status', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('extended_due_on', 'text')
    .addColumn('extension_reason', 'text')
    .addColumn('extension_letter_sha256', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answer_json', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('data_subject_requests_due')
    .on('data_subject_requests')
    .columns(['org_id', 'status', 'due_on'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
