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

  // Processor duties (annex, GDPR art. 28, 30(2), 33).
  await db.schema
    .createTable('sub_processors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address_line', 'text')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('activity', 'text', (c) => c.notNull())
    // JSON array of catalogue item ids: the solutions that use it.
    .addColumn('solution_ids_json', 'text', (c) => c.notNull())
    .addColumn('transfer_safeguard', 'text')
    .addColumn('replaces_id', 'text')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createTable('sub_processor_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('sub_processor_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addColumn('objection_until', 'text', (c) => c.notNull())
    .addColumn('outbox_message_id', 'text')
    .addColumn('evidence_seq', 'bigint', (c) => c.notNull())
    .addColumn('objected_on', 'text')
    .execute();
  await db.schema
    .createTable('data_breaches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    // 'processor': on a client's data (the client is told); 'controller': ALLEO's own (CNIL, 72 h).
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('discovered_at', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('data_categories', 'text', (c) => c.notNull())
    .addColumn('subjects', 'text', (c) => c.notNull())
    .addColumn('consequences', 'text', (c) => c.notNull())
    .addColumn('measures', 'text', (c) => c.notNull())
    .addColumn('client_ids_json', 'text', (c) => c.notNull())
    .addColumn('clients_notified_at', 'text')
    .addColumn('cnil_notified_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('processor_audits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('auditor', 'text', (c) => c.notNull())
    .addColumn('report_sha256', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('data_return_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('returned_on', 'text')
    .addColumn('destroyed_on', 'text')
    .addColumn('certificate_sha256', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
