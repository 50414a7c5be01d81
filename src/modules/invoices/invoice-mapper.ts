import type { InvoiceLineRow, InvoiceRow } from './invoices.repo.ts';
import type { InvoiceOut, InvoiceRefOut, InvoiceSummary } from './invoices.schemas.ts';

/** What the client still owes on an invoice: gross − payments − credit notes (never negative). */
export function openCents(
  r: Pick<InvoiceRow, 'kind' | 'status' | 'gross_cents' | 'paid_cents' | 'credited_cents'>,
): number {
  if (r.kind !== 'invoice' || r.status !== 'issued') return 0;
  return Math.max(0, r.gross_cents - r.paid_cents - r.credited_cents);
}

/** Where the invoice stands today: draft, credit-note, paid, overdue, due (accelerated) or not-due. */
export function paymentState(
  r: Pick<InvoiceRow, 'kind' | 'status' | 'settled_on' | 'due_date' | 'accelerated_on'>,
  today: string,
): string {
  if (r.status === 'draft') return 'draft';
  if (r.kind === 'credit-note') return 'credit-note';
  if (r.settled_on) return 'paid';
  if (r.due_date && today > r.due_date) return 'overdue';
  if (r.accelerated_on) return 'due';
  return 'not-due';
}

export function toInvoiceSummary(r: InvoiceRow, today: string): InvoiceSummary {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    origin: r.origin,
    number: r.number,
    clientId: r.client_id,
    clientName: r.client_name,
    contractId: r.contract_id,
    contractNumber: r.contract_number,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    netCents: r.net_cents,
    vatCents: r.vat_cents,
    grossCents: r.gross_cents,
    paidCents: r.paid_cents,
    creditedCents: r.credited_cents,
    openCents: openCents(r),
    settledOn: r.settled_on,
    acceleratedOn: r.accelerated_on,
    paymentState: paymentState(r, today),
    lateInterestCents: r.late_interest_cents,
    lateIndemnityCents: r.late_indemnity_cents,
    lateAsOf: r.late_as_of,
  };
}

export function toInvoiceLineOut(l: InvoiceLineRow) {
  return {
    id: l.id,
    position: l.position,
    kind: l.kind,
    nature: l.nature,
    contractLineId: l.contract_line_id,
    sku: l.sku,
    label: l.label,
    quantity: l.quantity,
    unitPriceCents: l.unit_price_cents,
    discountPercent: l.discount_percent,
    vatRatePercent: l.vat_rate,
    netCents: l.net_cents,
    periodStart: l.period_start,
    periodEnd: l.period_end,
  };
}

export function toInvoiceOut(r: InvoiceRow, lines: InvoiceLineRow[], today: string): InvoiceOut {
  return {
    ...toInvoiceSummary(r, today),
    operationDate: r.operation_date,
    correctsInvoiceId: r.corrects_invoice_id,
    purchaseOrderReference: r.purchase_order_reference,
    nature: r.nature,
    vatOnDebits: r.vat_on_debits === 1,
    paymentMeans: r.payment_means,
    termsVersion: r.terms_version,
    reason: r.reason,
    notes: JSON.parse(r.notes_json) as string[],
    vatBreakdown: JSON.parse(r.vat_breakdown_json),
    documentSha256: r.document_sha256,
    issuedAt: r.issued_at,
    lines: lines.map(toInvoiceLineOut),
    latePayment: r.late_json ? JSON.parse(r.late_json) : null,
  };
}

/** The short answer of a write asked with `Prefer: return=minimal`: what it fixed. */
export function toInvoiceRef(
  r: Pick<InvoiceRow, 'id' | 'kind' | 'status' | 'number' | 'issue_date' | 'due_date' | 'gross_cents'>,
): InvoiceRefOut {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    number: r.number,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    grossCents: r.gross_cents,
  };
}
