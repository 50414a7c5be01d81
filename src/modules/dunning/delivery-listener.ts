import { parisDate } from '../../context.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import type { DeliveryListener } from '../../mail/index.ts';
import { notifyStaff } from '../notifications/index.ts';
import * as repo from './dunning.repo.ts';

/**
 * A reminder e-mail is sent when a transport accepted it, not when the sweep queued it: its
 * dunning action takes the delivery's Paris date (what the next letter states as sent), and
 * accounting is told then.
 */
export const dunningDeliveryListener: DeliveryListener = async (trx, outcome) => {
  if (outcome.status !== 'sent' || outcome.message.relatedType !== 'invoice') return;
  const day = parisDate(new Date(outcome.at));
  const action = await repo.actionOfMessage(trx, outcome.message.id);
  if (!action) return;
  await repo.dateActionOfMessage(trx, outcome.message.id, day);
  const number = action.invoice_number ?? action.invoice_id;
  await notifyStaff(
    trx,
    { now: () => new Date(outcome.at) },
    {
      orgId: outcome.message.orgId,
      kind: 'dunning.reminder-sent',
      objectType: 'invoice',
      objectId: action.invoice_id,
      at: outcome.at,
      fr: `Relance par e-mail de la facture ${number} envoyée le ${formatDateFr(day)} à ${outcome.message.to.join(', ')}`,
      en: `Reminder e-mail of invoice ${number} sent on ${day} to ${outcome.message.to.join(', ')}`,
    },
  );
};
