import type { Db } from '../../db/database.ts';
import type { NotificationsTable } from '../../db/schema.ts';

/** Active staff users of these roles, with their e-mail opt-in. */
export function staffOfRoles(db: Db, orgId: string, roles: readonly string[]) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'notify_by_email', 'restricted_on', 'objected_on'])
    .where('org_id', '=', orgId)
    .where('role', 'in', [...roles])
    .where('disabled', '=', 0)
    .where('client_id', 'is', null)
    .execute();
}

export function senderOf(db: Db, orgId: string) {
  return db.selectFrom('organisations').select(['name', 'email']).where('id', '=', orgId).executeTakeFirst();
}

export async function insertNotifications(db: Db, rows: NotificationsTable[]) {
  if (rows.length > 0) await db.insertInto('notifications').values(rows).execute();
}

export function notificationsOf(db: Db, userId: string, limit: number, unreadOnly: boolean) {
  let q = db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (unreadOnly) q = q.where('read_at', 'is', null);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function markRead(db: Db, userId: string, at: string, id?: string): Promise<number> {
  let q = db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (id) q = q.where('id', '=', id);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export function findSetting(db: Db, userId: string) {
  return db.selectFrom('users').select(['notify_by_email']).where('id', '=', userId).executeTakeFirst();
}

export function findNotification(db: Db, userId: string, id: string) {
  return db
    .selectFrom('notifications')
    .select('id')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Replaces the texts of the notifications of one kind about these objects (personal data erased, art. 17.2). */
export async function rewriteNotificationTexts(
  db: Db,
  orgId: string,
  kind: string,
  objectType: string,
  objectIds: readonly string[],
  text: { fr: string; en: string },
): Promise<void> {
  if (objectIds.length === 0) return;
  await db
    .updateTable('notifications')
    .set({ text_fr: text.fr, text_en: text.en })
    .where('org_id', '=', orgId)
    .where('kind', '=', kind)
    .where('object_type', '=', objectType)
    .where('object_id', 'in', objectIds)
    .execute();
}
