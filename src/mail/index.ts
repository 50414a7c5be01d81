/** Outgoing email through an outbox table (nodemailer): the only entry other code imports. */
export type { MailAttachment, MailTransport, OutboxStatus, OutgoingMail, QueuedMail, RawMail } from './model.ts';
export { composeEml } from './compose.ts';
export { queueMail } from './queue-mail.ts';
export { deliverQueued, type DeliverOptions, type DeliveryReport } from './deliver.ts';
export { sendMail, type MailDeps } from './send-mail.ts';
export { fileTransport, smtpTransport, transportFromEnv } from './transports.ts';
export { findMessage, messagesOf } from './outbox.repo.ts';
export const EML_MEDIA_TYPE = 'message/rfc822';
