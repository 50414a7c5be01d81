/**
 * Delivery of the outbox with what must happen when a message leaves or is given up: the
 * dunning action takes its delivery date, staff are told of a failure, a SEPA pre-notification
 * counts from its acceptance. The server's worker, the
 * sweep step and `clausier mail deliver` all go through here.
 */
import type { AppContext } from '../../context.ts';
import {
  deliverQueued,
  startMailWorker,
  type DeliverOptions,
  type DeliveryListener,
  type MailTransport,
  type MailWorker,
  type MailWorkerOptions,
} from '../../mail/index.ts';
import { dunningDeliveryListener } from '../dunning/index.ts';
import { NOTIFICATION_MAIL_TYPE, notifyStaff } from '../notifications/index.ts';
import { sepaDeliveryListener } from '../sepa/index.ts';

/** Staff are told when a message is given up (not for a notification e-mail: no loop). */
const failureListener: DeliveryListener = async (trx, o) => {
  if (o.status !== 'failed' || o.message.relatedType === NOTIFICATION_MAIL_TYPE) return;
  await notifyStaff(
    trx,
    { now: () => new Date(o.at) },
    {
      orgId: o.message.orgId,
      kind: 'mail.failed',
      objectType: o.message.relatedType ?? 'outbox-message',
      objectId: o.message.relatedId ?? o.message.id,
      at: o.at,
      fr: `Échec de l'envoi de « ${o.message.subject} » à ${o.message.to.join(', ')} après ${o.attempts} tentatives : ${o.error ?? ''}`,
      en: `Delivery of "${o.message.subject}" to ${o.message.to.join(', ')} failed after ${o.attempts} attempts: ${o.error ?? ''}`,
    },
  );
};

export const DELIVERY_LISTENERS: readonly DeliveryListener[] = [
  dunningDeliveryListener,
  failureListener,
  sepaDeliveryListener,
];

/** Delivers the due messages once (all organisations unless `orgId`). */
export function deliverOutbox(
  ctx: AppContext,
  transport: MailTransport,
  options: Omit<DeliverOptions, 'listeners'> = {},
) {
  return deliverQueued(ctx, transport, { ...options, listeners: DELIVERY_LISTENERS });
}

/** The delivery worker of a serving process (stop it on close). */
export function startDeliveryWorker(ctx: AppContext, options: Omit<MailWorkerOptions, 'listeners'>): MailWorker {
  return startMailWorker(ctx, { ...options, listeners: DELIVERY_LISTENERS });
}
