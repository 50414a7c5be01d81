import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { findMessage, listMessages, messagesOf } from '../../mail/index.ts';
import type { Actor } from '../auth/index.ts';
import { toMessageOut } from './outbox-mapper.ts';

/** The outbox, newest first (admins). */
export async function listOutbox(
  ctx: AppContext,
  actor: Actor,
  q: { status?: string; limit: number; beforeCreatedAt?: string; beforeId?: string },
) {
  const rows = await listMessages(ctx.db, actor.orgId, {
    ...(q.status ? { status: q.status } : {}),
    limit: q.limit,
    ...(q.beforeCreatedAt && q.beforeId ? { before: { createdAt: q.beforeCreatedAt, id: q.beforeId } } : {}),
  });
  return { items: rows.map(toMessageOut) };
}

/** The e-mails about one business object (a quote, an invoice…), oldest first. */
export async function messagesOfObject(ctx: AppContext, actor: Actor, type: string, id: string) {
  return { items: (await messagesOf(ctx.db, actor.orgId, type, id)).map(toMessageOut) };
}

async function ownMessage(ctx: AppContext, actor: Actor, id: string) {
  const row = await findMessage(ctx.db, id);
  if (!row || row.org_id !== actor.orgId) throw new AppError('outbox.message_not_found');
  return row;
}

export async function getOutboxMessage(ctx: AppContext, actor: Actor, id: string) {
  const row = await ownMessage(ctx, actor, id);
  return { ...toMessageOut(row), text: row.text };
}

/** The .eml as queued (and as the transport receives it). */
export async function outboxEml(ctx: AppContext, actor: Actor, id: string) {
  const row = await ownMessage(ctx, actor, id);
  return { bytes: row.eml, filename: `${row.id}.eml` };
}
