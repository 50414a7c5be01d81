import { z } from 'zod';
import { LateDecisionOut } from '../late-payment/index.ts';

const id = z.string().min(1).max(100);

export const DebitNoteIdParams = z.strictObject({ id });

export const DebitNoteListQuery = z.strictObject({
  clientId: id.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const CreateDebitNoteBody = z.strictObject({
  clientId: id,
  /** Only these late invoices of the client (default: all of them with something to claim). */
  invoiceIds: z.array(id).min(1).max(500).optional(),
});

/** What a debit note on demand would claim today, before it is confirmed. */
export const DebitNotePreviewOut = z.object({
  issueDate: z.string(),
  rows: z.array(
    z.object({
      invoiceId: z.string(),
      invoiceNumber: z.string(),
      dueDate: z.string(),
      daysLate: z.number(),
      interestCents: z.number(),
      indemnityCents: z.number(),
      article: z.string(),
    }),
  ),
  totalCents: z.number(),
});

export const DebitNoteSummary = z.object({
  id: z.string(),
  number: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  issueDate: z.string(),
  dueDate: z.string(),
  totalCents: z.number(),
  paidCents: z.number(),
  openCents: z.number(),
  termsVersion: z.string(),
  documentSha256: z.string(),
  /** A user id, or 'system:sweep' for a note issued when a late invoice was settled. */
  createdBy: z.string(),
  createdAt: z.string(),
});

export const DebitNoteOut = DebitNoteSummary.extend({
  rows: z.array(
    z.object({
      invoiceId: z.string(),
      invoiceNumber: z.string().nullable(),
      invoiceDueDate: z.string().nullable(),
      computedUntil: z.string(),
      daysLate: z.number(),
      interestCents: z.number(),
      indemnityCents: z.number(),
      article: z.string(),
      termsVersion: z.string(),
      explanation: z.object({ fr: z.string(), en: z.string() }),
      /** The invoice.late-payment decision the row claims from. */
      decision: LateDecisionOut,
    }),
  ),
});

export const DebitNoteDetailOut = z.object({ debitNote: DebitNoteOut });
