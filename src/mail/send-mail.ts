/** Queue-and-send in one call, for an email that is not part of a larger command. */
import { deliverQueued, type DeliveryContext } from './deliver.ts';
import type { MailTransport, OutboxStatus, OutgoingMail, QueuedMail } from './model.ts';
import { queueMail } from './queue-mail.ts';

export interface MailDeps extends DeliveryContext {
  transport: MailTransport;
}

/**
 * Queues the message in its own transaction, then tries to deliver it at once. A delivery failure
 * is not thrown: the message stays in the outbox ('queued', with its error) and the worker retries it.
 */
export async function sendMail(
  deps: MailDeps,
  mail: OutgoingMail,
): Promise<QueuedMail & { status: OutboxStatus; error?: string }> {
  const queued = await deps.db.transaction().execute((trx) => queueMail(trx, deps, mail));
  const report = await deliverQueued(deps, deps.transport, { onlyId: queued.id });
  const failure = report.failed.find((f) => f.id === queued.id);
  if (failure) return { ...queued, status: failure.final ? 'failed' : 'queued', error: failure.error };
  return { ...queued, status: report.sent.includes(queued.id) ? 'sent' : 'queued' };
}
