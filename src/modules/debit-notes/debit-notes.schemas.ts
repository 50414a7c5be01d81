import { z } from 'zod';
import { civilDateSchema } from '../../kernel/schemas.ts';
import { exportFields, listPaging } from '../../kernel/list-query.ts';
import { LateDecisionOut } from '../late-payment/index.ts';

const id = z.string().min(1).max(100);

export const DebitNoteIdParams = z.strictObject({ id });

/** The sortable columns of the debit notes list (`issued`: the issue date, the default). */
export const DEBIT_NOTE_SORTS = ['issued', 'number', 'client', 'amount', 'status'] as const;
export type DebitNoteSort = (typeof DEBIT_NOTE_SORTS)[number];
/** Open: something left to pay; overdue: open past its due date; paid: nothing left. */
export const DEBIT_NOTE_STATUSES = ['open', 'overdue', 'paid'] as const;

/** The filters of the debit notes list, shared by the page and the export (dates inclusive). */
const debitNoteFilters = {
  clientId: id.optional(),
  status: z.enum(DEBIT_NOTE_STATUSES).optional(),
  issuedFrom: civilDateSchema.optional(),
  issuedTo: civilDateSchema.optional(),
  /** Number or client name (accent- and case-insensitive). */
  q: z.string().trim().max(100).optional(),
};

export const DebitNoteListQuery = z.strictObject({ ...debitNoteFilters, ...listPaging(DEBIT_NOTE_SORTS, 'issued') });
export type DebitNoteListQuery = z.infer<typeof DebitNoteListQuery>;

export const DebitNoteExportQuery = z.strictObject({
  ...debitNoteFilters,
  sort: z.enum(DEBIT_NOTE_SORTS).default('issued'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  ...exportFields,
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
  /** Paid when nothing is left to pay. */
  status: z.enum(['open', 'paid']),
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
