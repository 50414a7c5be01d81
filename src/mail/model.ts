/** What a use case hands to the outbox, and what a transport receives. */

/** One file attached to an email (a quote PDF, an acknowledgement…). */
export interface MailAttachment {
  filename: string;
  mediaType: string;
  content: Uint8Array;
}

/** An email to send on behalf of an organisation. */
export interface OutgoingMail {
  orgId: string;
  /** Chosen by the caller to make a retried command idempotent; a new UUID otherwise. */
  id?: string;
  /** Envelope sender, a bare address: 'adv@alleo.example'. */
  from: string;
  /** Display name for the From header: 'ALLEO — Administration des ventes'. */
  fromName?: string;
  to: string[];
  cc?: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** The business object the email is about: { type: 'quote', id }. */
  related?: { type: string; id: string };
}

/** The message as the outbox keeps it: the RFC 822 bytes and their SHA-256 (for the evidence log). */
export interface QueuedMail {
  id: string;
  eml: Uint8Array;
  sha256: string;
  /** Name, media type and SHA-256 of each attachment. */
  attachments: { name: string; mediaType: string; sha256: string }[];
}

/** A message handed to a transport. */
export interface RawMail {
  id: string;
  from: string;
  recipients: string[];
  eml: Uint8Array;
}

/** Where messages go: an SMTP relay, or the pickup folder of the embedded default. */
export interface MailTransport {
  readonly name: 'smtp' | 'file';
  send(message: RawMail): Promise<void>;
  close(): void;
}

/** Outbox statuses: 'failed' messages are retried until the attempt limit. */
export type OutboxStatus = 'queued' | 'sent' | 'failed';
