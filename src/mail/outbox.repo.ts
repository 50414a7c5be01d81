/** Queries of the outbox (the only file of src/mail that runs Kysely). */
import type { Db } from '../db/database.ts';
import type { OutboxMessagesTable } from '../db/schema.ts';

export function insertMessage(trx: Db, row: OutboxMessagesTable) {
  return trx.insertInto('outbox_messages').values(row).execute();
}

export function findMessage(db: Db, id: string) {
  return db.selectFrom('outbox_messages').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Messages due for an attempt at `now`: queued or failed, attempts left, not leased; oldest first. */
export function dueMessages(db: Db, now: string, maxAttempts: number, limit: number, onlyId?: string) {
  let q = db
    .selectFrom('outbox_messages')
    .select(['id', 'from_address', 'to', 'cc', 'eml', 'attempts'])
    .where('status', 'in', ['queued', 'failed'])
    .where('attempts', '<', maxAttempts)
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]));
  if (onlyId) q = q.where('id', '=', onlyId);
  return q.orderBy('created_at').orderBy('id').limit(limit).execute();
}

/**
 * Claims one attempt: counts it and leases the message until `leaseUntil`, only if it is still
 * due. The conditional update is atomic on both engines (PostgreSQL re-checks the condition after
 * a concurrent update of the row), so of two runs only one sends. True when claimed.
 */
export async function claimAttempt(db: Db, id: string, now: string, leaseUntil: string, maxAttempts: number): Promise<boolean> {
  const result = await db
    .updateTable('outbox_messages')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: leaseUntil }))
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'failed'])
    .where('attempts', '<', maxAttempts)
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function markSent(db: Db, id: string, at: string) {
  return db.updateTable('outbox_messages').set({ status: 'sent', sent_at: at, next_attempt_at: null, last_error: null }).where('id', '=', id).execute();
}

export function markFailed(db: Db, id: string, error: string, retryAt: string) {
  return db.updateTable('outbox_messages').set({ status: 'failed', last_error: error, next_attempt_at: retryAt }).where('id', '=', id).execute();
}

export function messagesOf(db: Db, orgId: string, relatedType: string, relatedId: string) {
  return db
    .selectFrom('outbox_messages')
    .select(['id', 'to', 'subject', 'status', 'attempts', 'last_error', 'created_at', 'sent_at'])
    .where('org_id', '=', orgId)
    .where('related_type', '=', relatedType)
    .where('related_id', '=', relatedId)
    .orderBy('created_at')
    .execute();
}
