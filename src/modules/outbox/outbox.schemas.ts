import { z } from 'zod';

export const OUTBOX_STATUSES = ['queued', 'sent', 'failed', 'cancelled'] as const;

export const OutboxMessageOut = z.object({
  id: z.string(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  subject: z.string(),
  /** 'queued' until a transport accepted it (retried with back-off; lastError tells why), 'sent', 'failed' (given up), 'cancelled'. */
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  failedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  transport: z.string().nullable(),
  related: z.object({ type: z.string(), id: z.string() }).nullable(),
  attachments: z.array(z.object({ name: z.string(), mediaType: z.string(), sha256: z.string() })),
});
export type OutboxMessageOut = z.infer<typeof OutboxMessageOut>;

export const OutboxListQuery = z.strictObject({
  status: z.enum(OUTBOX_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Cursor: the createdAt and id of the last message of the previous page. */
  beforeCreatedAt: z.string().max(40).optional(),
  beforeId: z.string().max(100).optional(),
});

export const OutboxListOut = z.object({ items: z.array(OutboxMessageOut) });
export const OutboxIdParams = z.strictObject({ id: z.string().min(1).max(100) });
export const RelatedParams = z.strictObject({
  type: z.enum(['quote', 'contract', 'invoice', 'debit-note']),
  id: z.string().min(1).max(100),
});
