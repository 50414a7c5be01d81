// Frozen in time: never import application types here.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  const blob = isPg ? sql`bytea` : sql`blob`;

  // One row per outgoing email. The .eml (RFC 822, attachments included) is the message as sent,
  // kept so that it can be resent and shown as proof (art. 22); attachments_json lists the name,
  // media type and SHA-256 of each attachment so a document can be found in the evidence log.
  await db.schema
    .createTable('outbox_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    // The envelope sender: the .eml's From may carry a display name.
    .addColumn('from_address', 'text', (c) => c.notNull())
    // JSON arrays of addresses (a display name may contain a comma).
    .addColumn('to', 'text', (c) => c.notNull())
    .addColumn('cc', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html', 'text')
    .addColumn('attachments_json', 'text', (c) => c.notNull())
    .addColumn('eml', blob, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    // Not before this instant: the lease of an attempt in flight (a crashed sender's message is
    // taken again when it expires), then the back-off before a retry.
    .addColumn('next_attempt_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('related_type', 'text')
    .addColumn('related_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_pending_idx').on('outbox_messages').columns(['status', 'created_at']).execute();
  await db.schema
    .createIndex('outbox_related_idx')
    .on('outbox_messages')
    .columns(['org_id', 'related_type', 'related_id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
