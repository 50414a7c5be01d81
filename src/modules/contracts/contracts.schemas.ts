import { z } from 'zod';
import { civilDateSchema } from '../../kernel/schemas.ts';
import { exportFields, listPaging } from '../../kernel/list-query.ts';
import type { ContractStatus } from '../../db/schema.ts';
import { QuoteLineOut, TotalsOut, UploadedDocument } from '../shared/index.ts';

const id = z.string().min(1).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);

export const ContractIdParams = z.strictObject({ id });

export const FormContractBody = z.strictObject({
  quoteId: id,
  /** The date stated in the contract (art. 15.1); default: the signature date (acceptance). */
  effectiveDate: civilDateSchema.optional(),
  /** When products are invoiced: on the acknowledgement (default) or on delivery (art. 10.1). */
  goodsBilling: z.enum(['order', 'delivery']).optional(),
  /** When services are invoiced: on completion (default) or on order. */
  servicesBilling: z.enum(['order', 'completion']).optional(),
  /** Another payment term than the terms' 30 days (art. 10.1), at most 60 days (L441-10). */
  paymentTermDays: z.number().int().min(0).max(60).optional(),
  /** The contract imposes prepayment (art. 10.1). */
  prepaymentRequired: z.boolean().optional(),
  guaranteeNote: z.string().trim().min(1).max(1000).optional(),
  /**
   * Rentals: each unit's period and rent start at its delivery or at the contract's stated start
   * (never before its delivery); default: the terms version's `rentalPeriodStart` (art. 4.2.1, 15.1).
   */
  rentalPeriodStart: z.enum(['delivery', 'contract-start']).optional(),
});
export type FormContractBody = z.infer<typeof FormContractBody>;

/** The sortable columns of the contracts list (`formed`: the order of forming, the default). */
export const CONTRACT_SORTS = ['formed', 'number', 'client', 'effectiveDate', 'status'] as const;
export type ContractSort = (typeof CONTRACT_SORTS)[number];

const STATUSES = [
  'active',
  'suspended',
  'terminated',
  'cancelled',
  'ended',
] as const satisfies readonly ContractStatus[];

/** The filters of the contracts list, shared by the page and the export. */
const contractFilters = {
  clientId: id.optional(),
  status: z.enum(STATUSES).optional(),
  /** Number or client name (accent- and case-insensitive on the client's search key). */
  q: z.string().trim().max(100).optional(),
};

export const ContractListQuery = z.strictObject({ ...contractFilters, ...listPaging(CONTRACT_SORTS, 'formed') });
export type ContractListQuery = z.infer<typeof ContractListQuery>;

export const ContractExportQuery = ContractListQuery.omit({ after: true, limit: true }).extend(exportFields);

export const ContractSummary = z.object({
  id: z.string(),
  number: z.string(),
  status: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  quoteId: z.string(),
  quoteNumber: z.string().nullable(),
  quoteVersion: z.number(),
  orderDate: z.string(),
  effectiveDate: z.string(),
  termsVersion: z.string(),
  /** Left out for the roles that do not see prices (technician). */
  grossCents: z.number().optional(),
  monthlyRentCents: z.number().nullable().optional(),
});
export type ContractSummary = z.infer<typeof ContractSummary>;

export const AssignmentOut = z.object({
  id: z.string(),
  by: z.enum(['client', 'alleo']),
  assigneeName: z.string(),
  assigneeSiren: z.string().nullable(),
  effectiveOn: z.string(),
  documentSha256: z.string(),
  recordedAt: z.string(),
});

export const ContractOut = ContractSummary.extend({
  quoteTermsVersion: z.string(),
  purchaseOrderReference: z.string().nullable(),
  lessorId: z.string().nullable(),
  deliveryLeadTime: z.string(),
  /** Left out for the roles that do not see prices (technician), with the price fields of each line. */
  totals: TotalsOut.optional(),
  acknowledgementNumber: z.string(),
  acknowledgementSha256: z.string(),
  formedAt: z.string(),
  billing: z.object({
    goods: z.enum(['order', 'delivery']),
    services: z.enum(['order', 'completion']),
    paymentTermDays: z.number().nullable(),
    prepaymentRequired: z.boolean(),
    guaranteeNote: z.string().nullable(),
    rentalPeriodStart: z.enum(['delivery', 'contract-start']),
  }),
  lines: z.array(
    QuoteLineOut.extend({
      rentalEndsOn: z.string().nullable(),
      unitPriceCents: z.number().optional(),
      discountPercent: z.string().nullable().optional(),
      rentCents: z.number().nullable().optional(),
      maintenanceFeeCents: z.number().nullable().optional(),
      monthlyRentCents: z.number().nullable().optional(),
      vatRatePercent: z.string().optional(),
      netCents: z.number().optional(),
    }),
  ),
  assignments: z.array(AssignmentOut),
});
export type ContractOut = z.infer<typeof ContractOut>;

export const ClientChangeBody = z.strictObject({ reason: z.string().trim().min(1).max(2000).optional() }).nullish();

export const AssignmentBody = z.discriminatedUnion('by', [
  z.strictObject({
    by: z.literal('client'),
    assigneeName: text(200),
    assigneeSiren: z
      .string()
      .regex(/^\d{9}$/, 'expected 9 digits')
      .optional(),
    /** ALLEO's prior written consent (art. 3.4, 19.1); without it the assignment is refused. */
    consentDocument: UploadedDocument.optional(),
    effectiveOn: civilDateSchema.optional(),
  }),
  z.strictObject({
    by: z.literal('alleo'),
    assigneeName: text(200),
    assigneeSiren: z
      .string()
      .regex(/^\d{9}$/, 'expected 9 digits')
      .optional(),
    assigneeAddressLines: z.array(text(200)).min(1).max(4).optional(),
    /** When the assignment takes effect: after the notice sent today (art. 19.1). */
    effectiveOn: civilDateSchema,
    signatoryName: text(200),
    signatoryTitle: text(200).optional(),
  }),
]);
export type AssignmentInput = z.infer<typeof AssignmentBody>;

export const RentalFileReviewBody = z.strictObject({
  party: z.enum(['alleo', 'lessor']),
  outcome: z.enum(['approved', 'refused']),
  note: z.string().trim().min(1).max(2000).optional(),
  /** The approval or refusal document (required from the lessor). */
  document: UploadedDocument.optional(),
});
export type RentalFileReviewInput = z.infer<typeof RentalFileReviewBody>;

const PartyReview = z.object({
  status: z.enum(['pending', 'approved', 'refused', 'not-required']),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  note: z.string().nullable(),
  documentSha256: z.string().nullable(),
});

export const RentalFileOut = z.object({
  quoteId: z.string(),
  required: z.boolean(),
  lessorId: z.string().nullable(),
  alleo: PartyReview,
  lessor: PartyReview,
  /** Who still has to approve before the acknowledgement can be issued. */
  missing: z.array(z.enum(['alleo', 'lessor'])),
});
export type RentalFileOut = z.infer<typeof RentalFileOut>;
