/** Shapes of the invoices API (src/modules/invoices/invoices.schemas.ts). */
import type { Decision } from '../api-types.ts';
import type { EvidenceEntry, LineKind, TimelineDecision, VatBreakdown } from './quotes.ts';

/** The filter chips of the invoices list (GET /api/invoices?filter=). */
export const INVOICE_FILTERS = ['draft', 'issued', 'due', 'overdue', 'paid'] as const;
export type InvoiceFilter = (typeof INVOICE_FILTERS)[number];
export type InvoiceKind = 'invoice' | 'credit-note';
/** What happened on a contract that makes its lines invoiceable (art. 10.1). */
export const CONTRACT_EVENTS = ['order', 'delivery', 'completion'] as const;
export type ContractEvent = (typeof CONTRACT_EVENTS)[number];
/** Where an invoice stands today, as the server says. */
export type PaymentState = 'draft' | 'credit-note' | 'paid' | 'overdue' | 'due' | 'not-due';

export interface InvoiceSummary {
  id: string;
  kind: InvoiceKind;
  status: 'draft' | 'issued';
  origin: string;
  number: string | null;
  clientId: string;
  clientName: string;
  contractId: string | null;
  contractNumber: string | null;
  issueDate: string | null;
  dueDate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  netCents: number;
  vatCents: number;
  grossCents: number;
  paidCents: number;
  creditedCents: number;
  /** What the client still owes on it (gross − paid − credited), 0 for a credit note. */
  openCents: number;
  settledOn: string | null;
  /** Payable at once since this date (acceleration, art. 10.3). */
  acceleratedOn: string | null;
  paymentState: PaymentState | string;
  lateInterestCents: number;
  lateIndemnityCents: number;
  lateAsOf: string | null;
}

export interface InvoiceLine {
  id: string;
  position: number;
  kind: LineKind;
  nature: 'goods' | 'services';
  contractLineId: string | null;
  sku: string | null;
  label: string;
  quantity: string;
  unitPriceCents: number;
  discountPercent: string | null;
  vatRatePercent: string;
  netCents: number;
  periodStart: string | null;
  periodEnd: string | null;
}

/** The decision of rule invoice.late-payment (art. 10.3) as the sweep stored it. */
export interface LatePaymentDecision extends Decision {
  dueDate: string;
  unpaidCents: number;
  daysLate: number;
  interestCents: number;
  indemnityCents: number;
}

export interface Invoice extends InvoiceSummary {
  operationDate: string | null;
  correctsInvoiceId: string | null;
  purchaseOrderReference: string | null;
  nature: 'goods' | 'services' | 'mixed';
  vatOnDebits: boolean;
  paymentMeans: string;
  termsVersion: string | null;
  reason: string | null;
  notes: string[];
  vatBreakdown: VatBreakdown[];
  documentSha256: string | null;
  issuedAt: string | null;
  lines: InvoiceLine[];
  latePayment: LatePaymentDecision | null;
}

export interface InvoicePayment {
  paymentId: string;
  receivedOn: string;
  amountCents: number;
  means: string;
  status: string;
}

export interface InvoiceDetail {
  invoice: Invoice;
  creditNotes: InvoiceSummary[];
  payments: InvoicePayment[];
  decisions: TimelineDecision[];
  evidence: EvidenceEntry[];
}

/** A free line (indemnity, repair, commercial gesture), price excl. VAT. */
export interface ManualLineInput {
  label: string;
  sku?: string;
  nature: 'goods' | 'services';
  quantity: number;
  unitPriceCents: number;
  discountPercent?: string;
  vatRatePercent: string;
}

/** Body of POST /api/invoices/:id/credit-notes: whole invoice, some lines, or free lines. */
export interface CreditNoteInput {
  reason: string;
  invoiceLineIds?: string[];
  lines?: ManualLineInput[];
}
