// Frozen in time: never import application types here.
// E-mail that really leaves (issue #18): the outbox says which transport took a message and when
// it finally failed; a dunning action done by e-mail names its outbox message (its date is the
// delivery's); staff notifications (in-app list, e-mail opt-in per user).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // 'smtp' or 'file': the transport that accepted the message (null until then).
  await db.schema.alterTable('outbox_messages').addColumn('transport', 'text').execute();
  // When the message was given up (status 'failed' after the last attempt) or cancelled.
  await db.schema.alterTable('outbox_messages').addColumn('failed_at', 'text').execute();
  await db.schema.alterTable('outbox_messages').addColumn('cancelled_at', 'text').execute();
  await db.schema.alterTable('outbox_messages').addColumn('contract_id', 'text').execute();
  await db.schema
    .createIndex('outbox_status_next_idx')
    .on('outbox_messages')
    .columns(['status', 'next_attempt_at'])
    .execute();

  // The reminder e-mail of a dunning action: done_on becomes its delivery date.
  await db.schema.alterTable('dunning_actions').addColumn('outbox_message_id', 'text').execute();
  await db.schema
    .createIndex('dunning_actions_outbox_idx')
    .on('dunning_actions')
    .columns(['outbox_message_id'])
    .execute();

  // 0/1: the user also receives their notifications by e-mail.
  await db.schema
    .alterTable('users')
    .addColumn('notify_by_email', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // One row per recipient user: what happened (kind + object), its French and English text.
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('text_fr', 'text', (c) => c.notNull())
    .addColumn('text_en', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
