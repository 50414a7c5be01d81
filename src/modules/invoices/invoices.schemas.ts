import { z } from 'zod';
import { bilingualMessage, civilDateSchema, positiveCentsSchema, ratePercentSchema } from '../../kernel/schemas.ts';
import { exportFields, listPaging } from '../../kernel/list-query.ts';
import { DecisionOut, EvidenceOut } from '../shared/index.ts';

const id = z.string().min(1).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);

export const InvoiceIdParams = z.strictObject({ id });

export const INVOICE_FILTERS = ['draft', 'issued', 'due', 'overdue', 'paid'] as const;

/** The sortable columns of the invoices list (`created`: the order of creation, the default). */
export const INVOICE_SORTS = ['created', 'number', 'issueDate', 'dueDate', 'client', 'gross'] as const;
export type InvoiceSort = (typeof INVOICE_SORTS)[number];

/** The filters of the invoices list, shared by the page and the export (dates inclusive). */
const invoiceFilters = {
  filter: z.enum(INVOICE_FILTERS).optional(),
  kind: z.enum(['invoice', 'credit-note']).optional(),
  clientId: id.optional(),
  contractId: id.optional(),
  /** Number or client name (accent- and case-insensitive on the client's search key). */
  q: z.string().trim().max(100).optional(),
  dueFrom: civilDateSchema.optional(),
  dueTo: civilDateSchema.optional(),
  issuedFrom: civilDateSchema.optional(),
  issuedTo: civilDateSchema.optional(),
};

export const InvoiceListQuery = z.strictObject({ ...invoiceFilters, ...listPaging(INVOICE_SORTS, 'created') });
export type InvoiceListQuery = z.infer<typeof InvoiceListQuery>;

export const InvoiceExportQuery = z.strictObject({
  ...invoiceFilters,
  sort: z.enum(INVOICE_SORTS).default('created'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  ...exportFields,
});

/** What happened on a contract that makes lines invoiceable (art. 10.1 and the contract's billing terms). */
export const CONTRACT_EVENTS = ['order', 'delivery', 'completion'] as const;
export type ContractEvent = (typeof CONTRACT_EVENTS)[number];

export const FromContractBody = z.strictObject({
  contractId: id,
  event: z.enum(CONTRACT_EVENTS),
  /** The date of the delivery or completion (printed as the operation date); default today. */
  operationDate: civilDateSchema.optional(),
  /** Only these contract lines (default: every line this event makes invoiceable). */
  contractLineIds: z.array(id).min(1).max(200).optional(),
});

const quantity = z
  .number({ error: 'expected a number' })
  .positive('must be more than 0')
  .max(1_000_000)
  .refine((n) => /^-?\d+(\.\d{1,3})?$/.test(String(n)), bilingualMessage('at most 3 decimals', 'au plus 3 décimales'));

/** A free line: an indemnity, a repair, shipping re-invoiced… (price excl. VAT, art. 9). */
export const ManualLineInput = z.strictObject({
  label: text(300),
  sku: text(100).optional(),
  nature: z.enum(['goods', 'services']),
  quantity,
  unitPriceCents: positiveCentsSchema,
  discountPercent: ratePercentSchema
    .refine((p) => Number(p) <= 100, bilingualMessage('at most 100', 'au plus 100'))
    .optional(),
  vatRatePercent: ratePercentSchema,
});

export const ManualInvoiceBody = z.strictObject({
  clientId: id,
  contractId: id.optional(),
  operationDate: civilDateSchema.optional(),
  purchaseOrderReference: text(100).optional(),
  notes: z.array(text(2000)).max(20).optional(),
  lines: z.array(ManualLineInput).min(1, 'an invoice has at least one line').max(200),
});
export type ManualInvoiceBody = z.infer<typeof ManualInvoiceBody>;

/** A credit note corrects an issued invoice: whole, some of its lines, or an amount. */
export const CreditNoteBody = z.strictObject({
  reason: text(1000),
  /** Lines of the invoice to credit in full (default: all of them, unless `lines` is given). */
  invoiceLineIds: z.array(id).min(1).max(200).optional(),
  /** Or free credit lines (a commercial gesture on one rate…), priced like invoice lines. */
  lines: z.array(ManualLineInput).min(1).max(200).optional(),
});
export type CreditNoteBody = z.infer<typeof CreditNoteBody>;

export const InvoiceLineOut = z.object({
  id: z.string(),
  position: z.number(),
  kind: z.enum(['sale', 'rental', 'service']),
  nature: z.enum(['goods', 'services']),
  contractLineId: z.string().nullable(),
  sku: z.string().nullable(),
  label: z.string(),
  quantity: z.string(),
  unitPriceCents: z.number(),
  discountPercent: z.string().nullable(),
  vatRatePercent: z.string(),
  netCents: z.number(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
});

export const InvoiceSummary = z.object({
  id: z.string(),
  kind: z.enum(['invoice', 'credit-note']),
  status: z.enum(['draft', 'issued']),
  origin: z.string(),
  number: z.string().nullable(),
  clientId: z.string(),
  clientName: z.string(),
  contractId: z.string().nullable(),
  contractNumber: z.string().nullable(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  netCents: z.number(),
  vatCents: z.number(),
  grossCents: z.number(),
  paidCents: z.number(),
  creditedCents: z.number(),
  /** What the client still owes on it (gross − paid − credited), 0 for a credit note. */
  openCents: z.number(),
  settledOn: z.string().nullable(),
  /** Payable at once since this date (acceleration, art. 10.3). */
  acceleratedOn: z.string().nullable(),
  /** 'draft', 'credit-note', 'paid', 'overdue', 'due' or 'not-due'. */
  paymentState: z.string(),
  lateInterestCents: z.number(),
  lateIndemnityCents: z.number(),
  lateAsOf: z.string().nullable(),
});
export type InvoiceSummary = z.infer<typeof InvoiceSummary>;

export const InvoiceOut = InvoiceSummary.extend({
  operationDate: z.string().nullable(),
  correctsInvoiceId: z.string().nullable(),
  purchaseOrderReference: z.string().nullable(),
  nature: z.enum(['goods', 'services', 'mixed']),
  vatOnDebits: z.boolean(),
  paymentMeans: z.string(),
  termsVersion: z.string().nullable(),
  reason: z.string().nullable(),
  notes: z.array(z.string()),
  vatBreakdown: z.array(z.object({ ratePercent: z.string(), taxableCents: z.number(), vatCents: z.number() })),
  documentSha256: z.string().nullable(),
  issuedAt: z.string().nullable(),
  lines: z.array(InvoiceLineOut),
  /** The latest late-payment decision (rule invoice.late-payment), as the sweep stored it. */
  latePayment: z.unknown().nullable(),
});
export type InvoiceOut = z.infer<typeof InvoiceOut>;

/** The short answer of a write asked with `Prefer: return=minimal` (RFC 7240): what it fixed. */
export const InvoiceRefOut = z.object({
  id: z.string(),
  kind: z.enum(['invoice', 'credit-note']),
  status: z.enum(['draft', 'issued']),
  number: z.string().nullable(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  grossCents: z.number(),
});
export type InvoiceRefOut = z.infer<typeof InvoiceRefOut>;

export const InvoiceDetailOut = z.object({
  invoice: InvoiceOut,
  creditNotes: z.array(InvoiceSummary),
  payments: z.array(
    z.object({
      paymentId: z.string(),
      receivedOn: z.string(),
      amountCents: z.number(),
      means: z.string(),
      status: z.string(),
    }),
  ),
  decisions: z.array(DecisionOut),
  evidence: z.array(EvidenceOut),
});
