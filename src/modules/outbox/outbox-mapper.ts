import type { OutboxSummaryRow } from '../../mail/index.ts';
import type { OutboxMessageOut } from './outbox.schemas.ts';

export function toMessageOut(m: OutboxSummaryRow): OutboxMessageOut {
  return {
    id: m.id,
    to: JSON.parse(m.to) as string[],
    cc: m.cc ? (JSON.parse(m.cc) as string[]) : [],
    subject: m.subject,
    status: m.status,
    attempts: Number(m.attempts),
    lastError: m.last_error,
    nextAttemptAt: m.status === 'queued' ? m.next_attempt_at : null,
    createdAt: m.created_at,
    sentAt: m.sent_at,
    failedAt: m.failed_at,
    cancelledAt: m.cancelled_at,
    transport: m.transport,
    related: m.related_type && m.related_id ? { type: m.related_type, id: m.related_id } : null,
    attachments: JSON.parse(m.attachments_json) as OutboxMessageOut['attachments'],
  };
}
