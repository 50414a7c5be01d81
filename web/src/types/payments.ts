/** Shapes of the payments API (src/modules/payments/payments.schemas.ts): payments, bank imports, statements. */
import type { Assert, BodyOf, ItemOf, ResponseOf, SameMembers } from '../api/shapes.ts';

export const PAYMENT_MEANS = ['bank-transfer', 'direct-debit', 'administrative-mandate', 'other'] as const;
export type PaymentMeans = (typeof PAYMENT_MEANS)[number];

/** Body of POST /api/payments. */
export type PaymentInput = BodyOf<'/api/payments', 'post'>;
/** Part of a payment put against one issued invoice (or one debit note) of the client. */
export type AllocationInput = ItemOf<BodyOf<'/api/payments/{id}/allocations', 'post'>['allocations']>;

/** GET /api/payments/:id: the payment and its evidence. */
export type PaymentDetail = ResponseOf<'/api/payments/{id}', 'get'>;
/** A payment; `unallocatedCents` is the client's credit left on it (0 once reversed). */
export type Payment = PaymentDetail['payment'];
export type PaymentStatus = Payment['status'];
export type Allocation = ItemOf<Payment['allocations']>;

export const BANK_LINE_STATUSES = ['proposed', 'unmatched', 'confirmed', 'ignored'] as const;
export type BankLineStatus = (typeof BANK_LINE_STATUSES)[number];

export type BankImportDetail = ResponseOf<'/api/bank-imports/{id}', 'get'>;
export type BankImportSummary = BankImportDetail['import'];
export type BankLine = ItemOf<BankImportDetail['lines']>;
export type BankProposal = NonNullable<BankLine['proposal']>;

/** Body of POST /api/bank-imports/:id/lines/:lineId/confirm: the proposal, or a correction. */
export type ConfirmLineInput = NonNullable<BodyOf<'/api/bank-imports/{id}/lines/{lineId}/confirm', 'post'>>;

/** GET /api/clients/:id/statement (and /api/portal/statement). */
export type Statement = ResponseOf<'/api/clients/{id}/statement', 'get'>;
export type StatementInvoice = ItemOf<Statement['invoices']>;
export type StatementDebitNote = ItemOf<Statement['debitNotes']>;
export type StatementPayment = ItemOf<Statement['payments']>;
/** `balanceCents` is open invoices + open debit notes − unallocated credit; `owedTodayCents` never goes below 0. */
export type StatementTotals = Statement['totals'];
export type Ageing = Statement['ageing'];

type _PaymentMeansAreTheApis = Assert<SameMembers<PaymentMeans, Payment['means']>>;
type _BankLineStatusesAreTheApis = Assert<SameMembers<BankLineStatus, BankLine['status']>>;
