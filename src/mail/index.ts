/** Outgoing email through an outbox table (nodemailer): the only entry other code imports. */
export type {
  DeliveryListener,
  DeliveryOutcome,
  MailAttachment,
  MailTransport,
  OutboxStatus,
  OutgoingMail,
  QueuedMail,
  RawMail,
} from './model.ts';
export { composeEml } from './compose.ts';
export { queueMail } from './queue-mail.ts';
export {
  deliverQueued,
  DEFAULT_MAX_ATTEMPTS,
  type DeliverOptions,
  type DeliveryContext,
  type DeliveryReport,
} from './deliver.ts';
export { signalQueued as wakeDelivery } from './wakeup.ts';
export { startMailWorker, type MailWorker, type MailWorkerOptions } from './worker.ts';
export { sendMail, type MailDeps } from './send-mail.ts';
export { fileTransport, smtpTransport, transportFromEnv } from './transports.ts';
export {
  cancel as cancelMessage,
  findMessage,
  listMessages,
  messagesByIds,
  messagesOf,
  requeue as requeueMessage,
  messagesToAddresses,
  eraseMessages,
  type OutboxSummaryRow,
} from './outbox.repo.ts';
export const EML_MEDIA_TYPE = 'message/rfc822';
