/** The model the invoice PDF and its Factur-X XML print, from the frozen invoice rows. */
import type { InvoiceDocument, InvoiceLine } from '../../documents/index.ts';
import type { InvoiceLineRow, InvoiceRow } from './invoices.repo.ts';
import type { PartyIdentity, SellerIdentity } from '../../documents/index.ts';

export interface PaymentContext {
  /** The client's direct-debit mandate (RUM) and the organisation's SEPA creditor id. */
  mandateReference: string | null;
  creditorIdentifier: string | null;
  /** The client's delivery site when it differs from its address (mention 7° bis). */
  deliveryAddressLines: string[] | null;
  correctedInvoice: { number: string; issueDate: string } | null;
  recoveryIndemnityCents: number;
}

function invoiceLine(l: InvoiceLineRow): InvoiceLine {
  return {
    kind: l.kind,
    nature: l.nature,
    label: l.label,
    ...(l.sku ? { sku: l.sku } : {}),
    quantity: l.quantity,
    unitPriceCents: l.unit_price_cents,
    ...(l.discount_percent ? { discountPercent: l.discount_percent } : {}),
    vatRatePercent: l.vat_rate,
    netCents: l.net_cents,
    ...(l.period_start ? { periodStart: l.period_start } : {}),
    ...(l.period_end ? { periodEnd: l.period_end } : {}),
  };
}

/** Requires an issued invoice (number, dates, late rate): drafts are never printed. */
export function invoiceDocument(
  row: InvoiceRow,
  lines: InvoiceLineRow[],
  seller: SellerIdentity,
  client: PartyIdentity,
  pc: PaymentContext,
): InvoiceDocument {
  return {
    kind: row.kind,
    number: row.number!,
    issueDate: row.issue_date!,
    dueDate: row.due_date!,
    ...(row.operation_date ? { operationDate: row.operation_date } : {}),
    ...(row.period_start ? { periodStart: row.period_start } : {}),
    ...(row.period_end ? { periodEnd: row.period_end } : {}),
    seller,
    client,
    ...(pc.deliveryAddressLines ? { deliveryAddressLines: pc.deliveryAddressLines } : {}),
    natureOfOperations: row.nature,
    vatOnDebits: row.vat_on_debits === 1,
    ...(row.contract_number ? { contractNumber: row.contract_number } : {}),
    ...(row.purchase_order_reference ? { purchaseOrderReference: row.purchase_order_reference } : {}),
    ...(pc.correctedInvoice ? { correctedInvoice: pc.correctedInvoice } : {}),
    lines: lines.map(invoiceLine),
    totals: {
      netCents: row.net_cents,
      vatCents: row.vat_cents,
      grossCents: row.gross_cents,
      vatBreakdown: JSON.parse(row.vat_breakdown_json),
    },
    // At issue nothing is paid: the PDF shows the full amount (it is frozen with the invoice);
    // a credit note's amount is what it credits (EN 16931 BT-115 of a type 381 document).
    paidCents: 0,
    dueCents: row.gross_cents,
    payment: {
      means: row.payment_means,
      ...(seller.iban ? { iban: seller.iban } : {}),
      ...(seller.bic ? { bic: seller.bic } : {}),
      ...(pc.mandateReference ? { mandateReference: pc.mandateReference } : {}),
      ...(pc.creditorIdentifier ? { creditorIdentifier: pc.creditorIdentifier } : {}),
      ...(row.payment_means === 'administrative-mandate' ? { administrativeMandate: true } : {}),
    },
    lateInterestRatePercent: row.late_rate_percent ?? '0',
    lateInterestRateText: row.late_rate_text ?? '',
    recoveryIndemnityCents: pc.recoveryIndemnityCents,
    termsVersion: row.terms_version ?? '',
    notes: JSON.parse(row.notes_json) as string[],
  };
}
