import { z } from 'zod';
import { DecisionOut, EvidenceOut, QuoteLineOut, TotalsOut } from '../shared/index.ts';
import { bilingualMessage, centsSchema, civilDateSchema, ratePercentSchema } from '../../kernel/schemas.ts';
import { exportFields, listPaging } from '../../kernel/list-query.ts';

const id = z.string().min(1).max(100);

/** A positive quantity with at most 3 decimals (1.5 days of installation). */
const quantity = z
  .number({ error: 'expected a number' })
  .positive('must be more than 0')
  .max(1_000_000)
  // Sign and size are checked above: this only counts decimals (1.1 is not 1.1000000000000001 here).
  .refine((n) => /^-?\d+(\.\d{1,3})?$/.test(String(n)), bilingualMessage('at most 3 decimals', 'au plus 3 décimales'));

const discountPercent = ratePercentSchema.refine(
  (p) => Number(p) <= 100,
  bilingualMessage('at most 100', 'au plus 100'),
);

const common = {
  /** Absent on a free-text service line (art. 6.8); sale and rental lines need their item. */
  catalogueItemId: id.optional(),
  quantity,
  discountPercent: discountPercent.optional(),
  /** For a virtualized solution: the number of users of its licence (default: the quantity). */
  licensedUsers: z.int().min(1).max(1_000_000).optional(),
};

/** A line; label, SKU and price are copied from the catalogue at creation (art. 9.1). */
export const QuoteLineInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sale'), ...common, unitPriceCents: centsSchema.optional() }),
  z.strictObject({
    kind: z.literal('rental'),
    ...common,
    quantity: quantity.refine(
      Number.isInteger,
      bilingualMessage('rented units are counted in whole numbers', 'les unités louées se comptent en nombres entiers'),
    ),
    rentalMonths: z
      .int({ error: 'expected a whole number of months' })
      .min(1, 'a rental lasts at least 1 month')
      .max(120),
    /** Monthly rental part per unit (default: the catalogue's). */
    rentCents: centsSchema.optional(),
    /** Monthly maintenance fee per unit, included in the rent (art. 4.2.4, 6.7). */
    maintenanceFeeCents: centsSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('service'),
    ...common,
    unitPriceCents: centsSchema.optional(),
    /** A free-text line's own wording and VAT rate (no catalogue item to copy them from). */
    label: z.string().trim().min(1).max(300).optional(),
    vatRatePercent: ratePercentSchema.optional(),
  }),
]);
export type QuoteLineInput = z.infer<typeof QuoteLineInput>;

export const QuoteBody = z.strictObject({
  clientId: id,
  subject: z.string().trim().min(1).max(300).optional(),
  deliveryLeadTime: z.string().trim().min(1).max(200),
  /** "Sauf clause contraire" (art. 3.1): otherwise the terms' validity (30 days). */
  validityDays: z.int().min(1).max(365).optional(),
  /** The financing partner of the rental lines, if any. */
  lessorId: id.optional(),
  notes: z.array(z.string().trim().min(1).max(2000)).max(20).optional(),
  lines: z.array(QuoteLineInput).min(1, 'a quote has at least one line').max(200),
});
export type QuoteInput = z.infer<typeof QuoteBody>;

export const QuoteIdParams = z.strictObject({ id });

export const QUOTE_STATUSES = ['draft', 'issued', 'accepted', 'refused', 'expired', 'superseded'] as const;

/** The sortable columns of the quotes list (`updated`: last changed, the default). */
export const QUOTE_SORTS = ['updated', 'number', 'client', 'issueDate', 'expiresOn', 'gross', 'status'] as const;
export type QuoteSort = (typeof QUOTE_SORTS)[number];

/**
 * What an accepted quote still waits for (the dashboard's figures): the order acknowledgement
 * that forms its contract, or, for a rental financed by a lessor, the lessor's review of its file.
 */
export const QUOTE_AWAITING = ['acknowledgement', 'lessor'] as const;
export type QuoteAwaiting = (typeof QUOTE_AWAITING)[number];

/** The filters of the quotes list, shared by the page and the export (dates inclusive). */
const quoteFilters = {
  status: z.enum(QUOTE_STATUSES).optional(),
  clientId: id.optional(),
  /** Number or client name (accent- and case-insensitive on the client's search key). */
  q: z.string().trim().max(100).optional(),
  expiresFrom: civilDateSchema.optional(),
  expiresTo: civilDateSchema.optional(),
  awaiting: z.enum(QUOTE_AWAITING).optional(),
};

export const QuoteListQuery = z.strictObject({ ...quoteFilters, ...listPaging(QUOTE_SORTS, 'updated') });
export type QuoteListQuery = z.infer<typeof QuoteListQuery>;

export const QuoteExportQuery = QuoteListQuery.omit({ after: true, limit: true }).extend(exportFields);

export const AcceptanceOut = z.object({
  method: z.enum(['signed-quote', 'purchase-order']),
  channel: z.enum(['portal', 'signed-upload', 'purchase-order']),
  acceptedOn: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  quotePdfSha256: z.string().nullable(),
  documentSha256: z.string().nullable(),
  signatoryName: z.string().nullable(),
  signatoryTitle: z.string().nullable(),
  ip: z.string().nullable(),
  purchaseOrderReference: z.string().nullable(),
});
export type AcceptanceOut = z.infer<typeof AcceptanceOut>;

export const QuoteSummary = z.object({
  id: z.string(),
  number: z.string().nullable(),
  version: z.number(),
  status: z.enum(QUOTE_STATUSES),
  clientId: z.string(),
  clientName: z.string(),
  subject: z.string().nullable(),
  issueDate: z.string().nullable(),
  expiresOn: z.string().nullable(),
  netCents: z.number(),
  grossCents: z.number(),
  updatedAt: z.string(),
});
export type QuoteSummary = z.infer<typeof QuoteSummary>;

export const QuoteOut = QuoteSummary.extend({
  supersedesId: z.string().nullable(),
  deliveryLeadTime: z.string(),
  validityDays: z.number().nullable(),
  termsVersion: z.string().nullable(),
  lessorId: z.string().nullable(),
  notes: z.array(z.string()),
  lines: z.array(QuoteLineOut),
  totals: TotalsOut,
  pdfSha256: z.string().nullable(),
  issuedAt: z.string().nullable(),
  acceptance: AcceptanceOut.nullable(),
  createdAt: z.string(),
});
export type QuoteOut = z.infer<typeof QuoteOut>;

export const QuoteDetailOut = z.object({
  quote: QuoteOut,
  decisions: z.array(DecisionOut),
  evidence: z.array(EvidenceOut),
});
