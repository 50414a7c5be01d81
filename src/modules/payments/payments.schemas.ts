import { z } from 'zod';
import { bilingualMessage, civilDateSchema, positiveCentsSchema } from '../../kernel/schemas.ts';
import { exportFields, listPaging } from '../../kernel/list-query.ts';
import { base64Length, fileNameSchema } from '../../kernel/text-schemas.ts';

const id = z.string().min(1).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);

export const PAYMENT_MEANS = ['bank-transfer', 'direct-debit', 'administrative-mandate', 'other'] as const;

/** Part of a payment put against one issued invoice of the client (or one of its debit notes). */
export const AllocationInput = z
  .strictObject({
    invoiceId: id.optional(),
    debitNoteId: id.optional(),
    amountCents: positiveCentsSchema,
  })
  .superRefine((a, ctx) => {
    if ((a.invoiceId === undefined) === (a.debitNoteId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['invoiceId'],
        ...bilingualMessage(
          'give either invoiceId or debitNoteId',
          'indiquez soit invoiceId (facture), soit debitNoteId (note de débit)',
        ),
      });
    }
  });
export type AllocationInput = z.infer<typeof AllocationInput>;

const allocations = z.array(AllocationInput).max(500);

export const PaymentBody = z.strictObject({
  clientId: id,
  /** The date the funds reached ALLEO (LEGAL.md R3: a payment counts on that date). */
  receivedOn: civilDateSchema,
  amountCents: positiveCentsSchema,
  means: z.enum(PAYMENT_MEANS),
  reference: text(140).optional(),
  label: text(500).optional(),
  /** Where the money goes; default: the client's open invoices, oldest due date first. */
  allocations: allocations.optional(),
  /** Without allocations: keep what exceeds the open invoices as the client's credit. */
  keepExcessAsCredit: z.boolean().optional(),
});
export type PaymentBody = z.infer<typeof PaymentBody>;

export const AllocateBody = z.strictObject({ allocations: allocations.min(1, 'give at least one allocation') });

export const ReverseBody = z.strictObject({
  reason: text(1000),
  /** The date the bank took the money back (bounced direct debit, recalled transfer). */
  reversedOn: civilDateSchema,
});

export const PaymentIdParams = z.strictObject({ id });

/** The sortable columns of the payments list (`received`: the date received, the default). */
export const PAYMENT_SORTS = ['received', 'client', 'amount', 'means', 'reference'] as const;
export type PaymentSort = (typeof PAYMENT_SORTS)[number];

/** The filters of the payments list, shared by the page and the export (dates inclusive). */
const paymentFilters = {
  clientId: id.optional(),
  status: z.enum(['recorded', 'reversed']).optional(),
  means: z.enum(PAYMENT_MEANS).optional(),
  receivedFrom: civilDateSchema.optional(),
  receivedTo: civilDateSchema.optional(),
  /** Client name (accent- and case-insensitive), reference or label. */
  q: z.string().trim().max(100).optional(),
};

export const PaymentListQuery = z.strictObject({ ...paymentFilters, ...listPaging(PAYMENT_SORTS, 'received') });
export type PaymentListQuery = z.infer<typeof PaymentListQuery>;

export const PaymentExportQuery = z.strictObject({
  ...paymentFilters,
  sort: z.enum(PAYMENT_SORTS).default('received'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  ...exportFields,
});

export const AllocationOut = z.object({
  id: z.string(),
  invoiceId: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  debitNoteId: z.string().nullable(),
  debitNoteNumber: z.string().nullable(),
  amountCents: z.number(),
  createdAt: z.string(),
});
export type AllocationOut = z.infer<typeof AllocationOut>;

export const PaymentOut = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  receivedOn: z.string(),
  amountCents: z.number(),
  allocatedCents: z.number(),
  /** The client's credit left on this payment (0 once reversed). */
  unallocatedCents: z.number(),
  means: z.enum(PAYMENT_MEANS),
  reference: z.string().nullable(),
  label: z.string().nullable(),
  status: z.enum(['recorded', 'reversed']),
  reversedOn: z.string().nullable(),
  reversalReason: z.string().nullable(),
  bankLineId: z.string().nullable(),
  createdAt: z.string(),
  allocations: z.array(AllocationOut),
});
export type PaymentOut = z.infer<typeof PaymentOut>;

export const PaymentDetailOut = z.object({
  payment: PaymentOut,
  evidence: z.array(
    z.object({
      seq: z.number(),
      kind: z.string(),
      at: z.string(),
      actor: z.string(),
      actorName: z.string().nullable(),
      documentSha256: z.string().nullable(),
    }),
  ),
});

// Bank statement imports.

/** Largest statement file accepted (before base64). */
export const MAX_BANK_FILE_BYTES = 2 * 1024 * 1024;
export const BANK_IMPORT_BODY_LIMIT = base64Length(MAX_BANK_FILE_BYTES) + 64 * 1024;

export const BankImportBody = z.strictObject({
  filename: fileNameSchema,
  /** The file as exported by the bank (UTF-8 or Windows-1252)… */
  contentBase64: z.base64('expected base64').min(4).max(base64Length(MAX_BANK_FILE_BYTES)).optional(),
  /** …or its text: a CSV… */
  csv: z.string().min(1).max(MAX_BANK_FILE_BYTES).optional(),
  /** …or an ISO 20022 camt.053.001.08 statement. */
  xml: z.string().min(1).max(MAX_BANK_FILE_BYTES).optional(),
});
export type BankImportBody = z.infer<typeof BankImportBody>;

export const BankImportParams = z.strictObject({ id });
export const BankLineParams = z.strictObject({ id, lineId: id });

export const ConfirmLineBody = z
  .strictObject({
    /** Corrects the proposal: the client who paid… */
    clientId: id.optional(),
    /** …and where the money goes (default: the proposal's, or oldest due first for another client). */
    allocations: allocations.optional(),
    keepExcessAsCredit: z.boolean().optional(),
  })
  .nullish();

export const ProposalOut = z.object({
  /** How the line was matched: an invoice number in its label or reference, or its exact amount. */
  method: z.enum(['invoice-number', 'amount']).nullable(),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  allocations: z.array(z.object({ invoiceId: z.string(), invoiceNumber: z.string(), amountCents: z.number() })),
  note: z.string().nullable(),
});

export const BankLineOut = z.object({
  id: z.string(),
  position: z.number(),
  bookedOn: z.string(),
  amountCents: z.number(),
  label: z.string(),
  reference: z.string().nullable(),
  status: z.enum(['proposed', 'unmatched', 'confirmed', 'ignored']),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  proposal: ProposalOut.nullable(),
  paymentId: z.string().nullable(),
});

export const BankImportSummary = z.object({
  id: z.string(),
  filename: z.string(),
  sha256: z.string(),
  lineCount: z.number(),
  importedAt: z.string(),
  importedBy: z.string(),
  counts: z.object({ proposed: z.number(), unmatched: z.number(), confirmed: z.number(), ignored: z.number() }),
});

export const BankImportDetailOut = z.object({ import: BankImportSummary, lines: z.array(BankLineOut) });

export const BankImportListQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(50) });

// Client account statement.

export const StatementParams = z.strictObject({ id });
export const StatementQuery = z.strictObject({ asOf: civilDateSchema.optional() });

export const StatementInvoiceOut = z.object({
  id: z.string(),
  kind: z.enum(['invoice', 'credit-note']),
  number: z.string(),
  issueDate: z.string(),
  dueDate: z.string().nullable(),
  /** For a credit note: the invoice it corrects. */
  correctsNumber: z.string().nullable(),
  grossCents: z.number(),
  paidCents: z.number(),
  creditedCents: z.number(),
  openCents: z.number(),
  /** 'paid', 'overdue', 'due' (accelerated, art. 10.3), 'not-due' or 'credit-note', as of the statement date. */
  paymentState: z.string(),
  settledOn: z.string().nullable(),
  daysPastDue: z.number(),
  /** Days late by rule invoice.late-payment (art. 10.3) as of the statement date: 0 when paid on time or not due. */
  daysLate: z.number(),
  acceleratedOn: z.string().nullable(),
  lateInterestCents: z.number(),
  lateIndemnityCents: z.number(),
  lateAsOf: z.string().nullable(),
  /** Interest and indemnity not yet claimed on a debit note. */
  unclaimedInterestCents: z.number(),
  unclaimedIndemnityCents: z.number(),
});

export const StatementDebitNoteOut = z.object({
  id: z.string(),
  number: z.string(),
  issueDate: z.string(),
  dueDate: z.string(),
  totalCents: z.number(),
  paidCents: z.number(),
  openCents: z.number(),
});

export const StatementPaymentOut = z.object({
  id: z.string(),
  receivedOn: z.string(),
  amountCents: z.number(),
  means: z.enum(PAYMENT_MEANS),
  reference: z.string().nullable(),
  status: z.enum(['recorded', 'reversed']),
  reversedOn: z.string().nullable(),
  reversalReason: z.string().nullable(),
  allocatedCents: z.number(),
  unallocatedCents: z.number(),
  allocations: z.array(
    z.object({
      invoiceId: z.string().nullable(),
      invoiceNumber: z.string().nullable(),
      debitNoteId: z.string().nullable(),
      debitNoteNumber: z.string().nullable(),
      amountCents: z.number(),
    }),
  ),
});

export const StatementOut = z.object({
  asOf: z.string(),
  client: z.object({ id: z.string(), name: z.string() }),
  invoices: z.array(StatementInvoiceOut),
  debitNotes: z.array(StatementDebitNoteOut),
  payments: z.array(StatementPaymentOut),
  totals: z.object({
    openInvoicesCents: z.number(),
    openDebitNotesCents: z.number(),
    unallocatedCreditCents: z.number(),
    /** Open invoices + open debit notes − unallocated credit. */
    balanceCents: z.number(),
    /** Open amounts of invoices due (or accelerated) on the statement date. */
    dueInvoicesCents: z.number(),
    dueDebitNotesCents: z.number(),
    accruedInterestCents: z.number(),
    unclaimedIndemnitiesCents: z.number(),
    /** What the client owes today: the above, less its unallocated credit (never below 0). */
    owedTodayCents: z.number(),
  }),
  ageing: z.object({
    notDueCents: z.number(),
    days1To30Cents: z.number(),
    days31To60Cents: z.number(),
    days61To90Cents: z.number(),
    over90Cents: z.number(),
  }),
});
export type StatementOut = z.infer<typeof StatementOut>;
