/**
 * Tells the staff concerned that something happened: one in-app notification per user of the
 * roles the kind concerns, and an e-mail (through the outbox) to those who opted in. Runs inside
 * the caller's transaction (the fact and its notifications commit together).
 */
import type { Db } from '../../db/database.ts';
import { newId } from '../../kernel/ids.ts';
import { queueMail } from '../../mail/index.ts';
import type { Role } from '../auth/index.ts';
import * as repo from './notifications.repo.ts';

export const NOTIFICATION_KINDS = [
  'quote.accepted',
  'payment.received',
  'dunning.reminder-sent',
  'dunning.formal-notice-sent',
  'mail.failed',
  'contract.terminable',
  'contract.equipment-return',
  'claims.received',
  'equipment.seized',
  'intervention.not-guaranteed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Who is told of what. */
const AUDIENCE: Record<NotificationKind, readonly Role[]> = {
  'quote.accepted': ['admin', 'sales', 'order-admin'],
  'payment.received': ['admin', 'accounting'],
  'dunning.reminder-sent': ['admin', 'accounting'],
  'dunning.formal-notice-sent': ['admin', 'accounting'],
  'mail.failed': ['admin', 'order-admin', 'accounting'],
  'contract.terminable': ['admin', 'accounting'],
  'contract.equipment-return': ['admin', 'order-admin'],
  'claims.received': ['admin', 'order-admin'],
  'equipment.seized': ['admin', 'order-admin'],
  // The planners of interventions (art. 6.9).
  'intervention.not-guaranteed': ['admin', 'order-admin'],
};

export interface StaffNotice {
  orgId: string;
  kind: NotificationKind;
  objectType: string;
  objectId: string;
  fr: string;
  en: string;
  at: string;
}

/** The object type of notification e-mails: their own failure is not notified again (no loop). */
export const NOTIFICATION_MAIL_TYPE = 'notification';

export async function notifyStaff(trx: Db, clock: { now(): Date }, n: StaffNotice): Promise<void> {
  const users = await repo.staffOfRoles(trx, n.orgId, AUDIENCE[n.kind]);
  if (users.length === 0) return;
  const rows = users.map((u) => ({
    id: newId(),
    org_id: n.orgId,
    user_id: u.id,
    kind: n.kind,
    object_type: n.objectType,
    object_id: n.objectId,
    text_fr: n.fr,
    text_en: n.en,
    created_at: n.at,
    read_at: null,
  }));
  await repo.insertNotifications(trx, rows);
  // No e-mail to a person who restricted or objected to the processing of their data (ADR 0021):
  // the in-app notification stays, the address is not used.
  const optedIn = users.filter((u) => Number(u.notify_by_email) === 1 && !u.restricted_on && !u.objected_on);
  if (optedIn.length === 0) return;
  const org = await repo.senderOf(trx, n.orgId);
  if (!org?.email) return;
  for (const u of optedIn) {
    await queueMail(trx, clock, {
      orgId: n.orgId,
      from: org.email,
      fromName: `${org.name} — Clausier`,
      to: [u.email],
      subject: `Clausier — ${n.fr}`,
      text: `${n.fr}\n\n${n.en}\n\n(Notification Clausier : désactivez l'envoi par e-mail dans vos notifications.)`,
      related: { type: NOTIFICATION_MAIL_TYPE, id: rows.find((r) => r.user_id === u.id)!.id },
    });
  }
}
