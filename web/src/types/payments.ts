/** Shapes of the payments API (src/modules/payments/payments.schemas.ts): payments, bank imports, statements. */
import type { EvidenceEntry } from './quotes.ts';

export const PAYMENT_MEANS = ['bank-transfer', 'direct-debit', 'administrative-mandate', 'other'] as const;
export type PaymentMeans = (typeof PAYMENT_MEANS)[number];
export type PaymentStatus = 'recorded' | 'reversed';

/** Part of a payment put against one issued invoice (or one debit note) of the client. */
export interface AllocationInput {
  invoiceId?: string;
  debitNoteId?: string;
  amountCents: number;
}

export interface PaymentInput {
  clientId: string;
  receivedOn: string;
  amountCents: number;
  means: PaymentMeans;
  reference?: string;
  label?: string;
  allocations?: AllocationInput[];
  keepExcessAsCredit?: boolean;
}

export interface Allocation {
  id: string;
  invoiceId: string | null;
  invoiceNumber: string | null;
  debitNoteId: string | null;
  debitNoteNumber: string | null;
  amountCents: number;
  createdAt: string;
}

export interface Payment {
  id: string;
  clientId: string;
  clientName: string;
  receivedOn: string;
  amountCents: number;
  allocatedCents: number;
  /** The client's credit left on this payment (0 once reversed). */
  unallocatedCents: number;
  means: PaymentMeans;
  reference: string | null;
  label: string | null;
  status: PaymentStatus;
  reversedOn: string | null;
  reversalReason: string | null;
  bankLineId: string | null;
  createdAt: string;
  allocations: Allocation[];
}

export interface PaymentDetail {
  payment: Payment;
  evidence: EvidenceEntry[];
}

export const BANK_LINE_STATUSES = ['proposed', 'unmatched', 'confirmed', 'ignored'] as const;
export type BankLineStatus = (typeof BANK_LINE_STATUSES)[number];

export interface BankProposal {
  method: 'invoice-number' | 'amount' | null;
  clientId: string | null;
  clientName: string | null;
  allocations: Array<{ invoiceId: string; invoiceNumber: string; amountCents: number }>;
  note: string | null;
}

export interface BankLine {
  id: string;
  position: number;
  bookedOn: string;
  amountCents: number;
  label: string;
  reference: string | null;
  status: BankLineStatus;
  clientId: string | null;
  clientName: string | null;
  proposal: BankProposal | null;
  paymentId: string | null;
}

export interface BankImportSummary {
  id: string;
  filename: string;
  sha256: string;
  lineCount: number;
  importedAt: string;
  importedBy: string;
  counts: Record<BankLineStatus, number>;
}

export interface BankImportDetail {
  import: BankImportSummary;
  lines: BankLine[];
}

/** Body of POST /api/bank-imports/:id/lines/:lineId/confirm: the proposal, or a correction. */
export interface ConfirmLineInput {
  clientId?: string;
  allocations?: AllocationInput[];
  keepExcessAsCredit?: boolean;
}

export interface StatementInvoice {
  id: string;
  kind: 'invoice' | 'credit-note';
  number: string;
  issueDate: string;
  dueDate: string | null;
  correctsNumber: string | null;
  grossCents: number;
  paidCents: number;
  creditedCents: number;
  openCents: number;
  paymentState: string;
  settledOn: string | null;
  daysPastDue: number;
  acceleratedOn: string | null;
  lateInterestCents: number;
  lateIndemnityCents: number;
  lateAsOf: string | null;
  unclaimedInterestCents: number;
  unclaimedIndemnityCents: number;
}

export interface StatementDebitNote {
  id: string;
  number: string;
  issueDate: string;
  dueDate: string;
  totalCents: number;
  paidCents: number;
  openCents: number;
}

export interface StatementPayment {
  id: string;
  receivedOn: string;
  amountCents: number;
  means: PaymentMeans;
  reference: string | null;
  status: PaymentStatus;
  reversedOn: string | null;
  reversalReason: string | null;
  allocatedCents: number;
  unallocatedCents: number;
  allocations: Array<{ invoiceId: string | null; invoiceNumber: string | null; debitNoteId: string | null; debitNoteNumber: string | null; amountCents: number }>;
}

export interface StatementTotals {
  openInvoicesCents: number;
  openDebitNotesCents: number;
  unallocatedCreditCents: number;
  /** Open invoices + open debit notes − unallocated credit. */
  balanceCents: number;
  dueInvoicesCents: number;
  dueDebitNotesCents: number;
  accruedInterestCents: number;
  unclaimedIndemnitiesCents: number;
  /** What the client owes today, less its unallocated credit (never below 0). */
  owedTodayCents: number;
}

export interface Ageing {
  notDueCents: number;
  days1To30Cents: number;
  days31To60Cents: number;
  days61To90Cents: number;
  over90Cents: number;
}

export interface Statement {
  asOf: string;
  client: { id: string; name: string };
  invoices: StatementInvoice[];
  debitNotes: StatementDebitNote[];
  payments: StatementPayment[];
  totals: StatementTotals;
  ageing: Ageing;
}
