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
  /** The contract it belongs to, for the evidence entry of its delivery. */
  contractId?: string | null;
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

/**
 * Outbox statuses: 'queued' until a transport accepts the message (retried with back-off, its
 * last error kept), 'sent' once accepted, 'failed' after the last attempt, 'cancelled' by an operator.
 */
export type OutboxStatus = 'queued' | 'sent' | 'failed' | 'cancelled';

/** What became of a message: delivered ('sent') or given up ('failed'). */
export interface DeliveryOutcome {
  message: {
    id: string;
    orgId: string;
    subject: string;
    to: string[];
    relatedType: string | null;
    relatedId: string | null;
  };
  status: 'sent' | 'failed';
  /** UTC ISO instant of the delivery or of the last failed attempt. */
  at: string;
  attempts: number;
  transport: 'smtp' | 'file';
  error?: string;
}

/** Reacts to a delivery inside the transaction that records it (a dunning action takes its date). */
export type DeliveryListener = (trx: import('../db/database.ts').Db, outcome: DeliveryOutcome) => Promise<void>;
