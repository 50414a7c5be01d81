/** Shapes of the invoices API (src/modules/invoices/invoices.schemas.ts). */
import type { Decision } from '../api-types.ts';
import type { Assert, BodyOf, ItemOf, QueryOf, ResponseOf, SameMembers } from '../api/shapes.ts';

/** The filter chips of the invoices list (GET /api/invoices?filter=). */
export const INVOICE_FILTERS = ['draft', 'issued', 'due', 'overdue', 'paid'] as const;
export type InvoiceFilter = (typeof INVOICE_FILTERS)[number];
/** What happened on a contract that makes its lines invoiceable (art. 10.1). */
export const CONTRACT_EVENTS = ['order', 'delivery', 'completion'] as const;
export type ContractEvent = (typeof CONTRACT_EVENTS)[number];
/** Where an invoice stands today, as the server says (the API types it as a plain string). */
export type PaymentState = 'draft' | 'credit-note' | 'paid' | 'overdue' | 'due' | 'not-due';

/** GET /api/invoices/:id: the invoice, its credit notes, payments, decisions and evidence. */
export type InvoiceDetail = ResponseOf<'/api/invoices/{id}', 'get'>;
/** `latePayment` is the stored invoice.late-payment decision, typed `unknown` by the API: read it with latePaymentOf. */
export type Invoice = InvoiceDetail['invoice'];
export type InvoiceSummary = ItemOf<ResponseOf<'/api/invoices', 'get'>>;
export type InvoiceKind = InvoiceSummary['kind'];
export type InvoiceLine = ItemOf<Invoice['lines']>;
export type InvoicePayment = ItemOf<InvoiceDetail['payments']>;

/** The decision of rule invoice.late-payment (art. 10.3) as the sweep stored it. */
export interface LatePaymentDecision extends Decision {
  dueDate: string;
  unpaidCents: number;
  daysLate: number;
  interestCents: number;
  indemnityCents: number;
}

/** The invoice's late-payment decision when it has one (the API does not type it: checked here). */
export function latePaymentOf(invoice: Pick<Invoice, 'latePayment'>): LatePaymentDecision | null {
  const value = invoice.latePayment;
  if (typeof value !== 'object' || value === null) return null;
  return 'rule' in value && 'citation' in value && 'explanation' in value ? (value as LatePaymentDecision) : null;
}

/** Body of POST /api/invoices/:id/credit-notes: whole invoice, some lines, or free lines. */
export type CreditNoteInput = BodyOf<'/api/invoices/{id}/credit-notes', 'post'>;
/** A free line (indemnity, repair, commercial gesture), price excl. VAT. */
export type ManualLineInput = ItemOf<NonNullable<CreditNoteInput['lines']>>;

type _InvoiceFiltersAreTheApis = Assert<
  SameMembers<InvoiceFilter, NonNullable<QueryOf<'/api/invoices', 'get'>['filter']>>
>;
type _ContractEventsAreTheApis = Assert<
  SameMembers<ContractEvent, BodyOf<'/api/invoices/from-contract', 'post'>['event']>
>;
