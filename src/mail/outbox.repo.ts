/** Queries of the outbox (the only file of src/mail that runs Kysely). */
import type { Db } from '../db/database.ts';
import type { OutboxMessagesTable } from '../db/schema.ts';

export function insertMessage(trx: Db, row: OutboxMessagesTable) {
  return trx.insertInto('outbox_messages').values(row).execute();
}

export function findMessage(db: Db, id: string) {
  return db.selectFrom('outbox_messages').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Messages due for an attempt at `now`: queued, attempts left, not leased nor backing off; oldest first. */
export function dueMessages(
  db: Db,
  now: string,
  maxAttempts: number,
  limit: number,
  filter: { onlyId?: string; orgId?: string } = {},
) {
  let q = db
    .selectFrom('outbox_messages')
    .select([
      'id',
      'org_id',
      'from_address',
      'to',
      'cc',
      'eml',
      'attempts',
      'subject',
      'related_type',
      'related_id',
      'contract_id',
    ])
    .where('status', '=', 'queued')
    .where('attempts', '<', maxAttempts)
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]));
  if (filter.onlyId) q = q.where('id', '=', filter.onlyId);
  if (filter.orgId) q = q.where('org_id', '=', filter.orgId);
  return q.orderBy('created_at').orderBy('id').limit(limit).execute();
}

/**
 * Claims one attempt: counts it and leases the message until `leaseUntil`, only if it is still
 * due. The conditional update is atomic on both engines (PostgreSQL re-checks the condition after
 * a concurrent update of the row), so of two runs only one sends. True when claimed.
 */
export async function claimAttempt(
  db: Db,
  id: string,
  now: string,
  leaseUntil: string,
  maxAttempts: number,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox_messages')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: leaseUntil }))
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .where('attempts', '<', maxAttempts)
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the message sent, only while it is still queued (a cancel in the meantime wins). */
export async function markSent(db: Db, id: string, at: string, transport: string): Promise<boolean> {
  const r = await db
    .updateTable('outbox_messages')
    .set({ status: 'sent', sent_at: at, transport, next_attempt_at: null, last_error: null })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A failed attempt: retried at `retryAt`, or given up ('failed') when `final`. */
export async function markAttemptFailed(
  db: Db,
  id: string,
  error: string,
  retryAt: string,
  final: boolean,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('outbox_messages')
    .set(
      final
        ? { status: 'failed', last_error: error, next_attempt_at: null, failed_at: at }
        : { last_error: error, next_attempt_at: retryAt },
    )
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Puts a queued or failed message back in the queue for an attempt now (an operator's retry). */
export async function requeue(db: Db, orgId: string, id: string): Promise<boolean> {
  const r = await db
    .updateTable('outbox_messages')
    .set({ status: 'queued', attempts: 0, next_attempt_at: null, failed_at: null })
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .where('status', 'in', ['queued', 'failed'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Cancels a queued or failed message; a message leased by an attempt in flight is cancelled too (markSent then loses). */
export async function cancel(db: Db, orgId: string, id: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('outbox_messages')
    .set({ status: 'cancelled', cancelled_at: at, next_attempt_at: null })
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .where('status', 'in', ['queued', 'failed'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

const SUMMARY = [
  'id',
  'to',
  'cc',
  'subject',
  'status',
  'attempts',
  'last_error',
  'next_attempt_at',
  'created_at',
  'sent_at',
  'failed_at',
  'cancelled_at',
  'transport',
  'related_type',
  'related_id',
  'attachments_json',
] as const;

export function messagesOf(db: Db, orgId: string, relatedType: string, relatedId: string) {
  return db
    .selectFrom('outbox_messages')
    .select(SUMMARY)
    .where('org_id', '=', orgId)
    .where('related_type', '=', relatedType)
    .where('related_id', '=', relatedId)
    .orderBy('created_at')
    .execute();
}

export function messagesByIds(db: Db, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('outbox_messages').select(SUMMARY).where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

/** The outbox of an organisation, newest first, optionally of one status. */
export function listMessages(
  db: Db,
  orgId: string,
  filter: { status?: string; limit: number; before?: { createdAt: string; id: string } },
) {
  let q = db.selectFrom('outbox_messages').select(SUMMARY).where('org_id', '=', orgId);
  if (filter.status) q = q.where('status', '=', filter.status as OutboxMessagesTable['status']);
  if (filter.before) {
    const b = filter.before;
    q = q.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(b.createdAt, b.id)));
  }
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
}

export type OutboxSummaryRow = Awaited<ReturnType<typeof messagesOf>>[number];

/** The messages sent to (or copying) one of these addresses, any status (personal data, art. 17.2). */
export async function messagesToAddresses(db: Db, orgId: string, addresses: readonly string[]) {
  const wanted = new Set(addresses.map((a) => a.toLowerCase()));
  if (wanted.size === 0) return [];
  const rows = await db
    .selectFrom('outbox_messages')
    .select(['id', 'to', 'cc', 'subject', 'status', 'created_at', 'sent_at', 'related_type', 'related_id'])
    .where('org_id', '=', orgId)
    .where((eb) =>
      eb.or(
        [...wanted].flatMap((a) => [
          eb(eb.fn('lower', ['to']), 'like', `%${JSON.stringify(a)}%`),
          eb(eb.fn('lower', ['cc']), 'like', `%${JSON.stringify(a)}%`),
        ]),
      ),
    )
    .orderBy('created_at')
    .execute();
  // LIKE's wildcards (_ in an address) may match more: keep the exact recipients only.
  const addressed = (json: string | null) =>
    json !== null && (JSON.parse(json) as string[]).some((a) => wanted.has(a.toLowerCase()));
  return rows.filter((r) => addressed(r.to) || addressed(r.cc));
}

/**
 * Erases the recipients, body and .eml of outbox messages (art. 17.2); the subject, dates and
 * status stay as the trace that a message went out. A message still queued is cancelled.
 */
export async function eraseMessages(db: Db, orgId: string, ids: readonly string[], at: string) {
  if (ids.length === 0) return;
  await db
    .updateTable('outbox_messages')
    .set({ status: 'cancelled', cancelled_at: at, next_attempt_at: null })
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .where('status', '=', 'queued')
    .execute();
  await db
    .updateTable('outbox_messages')
    .set({ to: '[]', cc: null, text: '(effacé — données personnelles, art. 17.2)', html: null, eml: new Uint8Array(0) })
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .execute();
}
