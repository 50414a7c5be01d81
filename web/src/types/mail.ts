/** Outgoing e-mails (outbox) and staff notifications, as the API returns them. */
export type OutboxStatus = 'queued' | 'sent' | 'failed' | 'cancelled';

export interface OutboxMessage {
  id: string;
  to: string[];
  cc: string[];
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
  failedAt: string | null;
  cancelledAt: string | null;
  transport: string | null;
  related: { type: string; id: string } | null;
  attachments: { name: string; mediaType: string; sha256: string }[];
}

export interface StaffNotification {
  id: string;
  kind: string;
  objectType: string;
  objectId: string;
  text: { fr: string; en: string };
  createdAt: string;
  readAt: string | null;
}
