import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './notifications.repo.ts';

/** The actor's notifications, newest first, with the number unread. */
export async function listNotifications(ctx: AppContext, actor: Actor, q: { limit: number; unread?: boolean }) {
  const rows = await repo.notificationsOf(ctx.db, actor.userId, q.limit, q.unread === true);
  return {
    unread: await repo.unreadCount(ctx.db, actor.userId),
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      objectType: r.object_type,
      objectId: r.object_id,
      text: { fr: r.text_fr, en: r.text_en },
      createdAt: r.created_at,
      readAt: r.read_at,
    })),
  };
}

/** Marks one notification (or all when no id) read. */
export async function markNotificationsRead(ctx: AppContext, actor: Actor, id?: string) {
  const n = await repo.markRead(ctx.db, actor.userId, ctx.now().toISOString(), id);
  if (id && n === 0 && !(await repo.findNotification(ctx.db, actor.userId, id)))
    throw new AppError('notification.not_found');
  return { marked: n };
}
