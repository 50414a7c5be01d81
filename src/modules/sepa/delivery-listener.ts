/**
 * A pre-notification counts only once the mail transport accepted it: its debits take that instant
 * as their pre-notification (what marking the run sent checks against the terms' delay, art. 10.1).
 */
import type { DeliveryListener } from '../../mail/index.ts';
import * as repo from './sepa.repo.ts';

export const sepaDeliveryListener: DeliveryListener = async (trx, outcome) => {
  if (outcome.status !== 'sent' || outcome.message.relatedType !== 'sepa-collection-run') return;
  await repo.markPreNotified(trx, outcome.message.id, outcome.at);
};
