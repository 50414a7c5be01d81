import type { DocumentLine, DocumentTotals, PartyIdentity, QuoteDocument, SellerIdentity } from '../../documents/index.ts';
import type { QuoteLineRow, QuoteRow } from './quotes.repo.ts';

/** A priced line as documents print it (quotes, acknowledgements). */
export function documentLine(l: Pick<QuoteLineRow, 'kind' | 'label' | 'sku' | 'quantity' | 'unit_price_cents' | 'discount_percent' | 'vat_rate' | 'net_cents' | 'rental_months' | 'monthly_rent_cents' | 'maintenance_fee_cents'>): DocumentLine {
  return {
    kind: l.kind,
    label: l.label,
    sku: l.sku,
    quantity: l.quantity,
    unitPriceCents: l.unit_price_cents,
    ...(l.discount_percent ? { discountPercent: l.discount_percent } : {}),
    vatRatePercent: l.vat_rate,
    netCents: l.net_cents,
    ...(l.kind === 'rental' ? { rentalMonths: l.rental_months ?? 0, monthlyRentCents: l.monthly_rent_cents ?? 0, maintenanceFeeCents: l.maintenance_fee_cents ?? 0 } : {}),
  };
}

/** Totals as stored on a quote or contract row. */
export function documentTotals(r: { net_cents: number; vat_cents: number; gross_cents: number; monthly_rent_cents: number | null; vat_breakdown_json: string }): DocumentTotals {
  return {
    netCents: r.net_cents,
    vatCents: r.vat_cents,
    grossCents: r.gross_cents,
    vatBreakdown: JSON.parse(r.vat_breakdown_json),
    ...(r.monthly_rent_cents !== null ? { monthlyRentCents: r.monthly_rent_cents } : {}),
  };
}

/** The model of the quote PDF, from the quote as it is being issued. */
export function quoteDocument(q: QuoteRow & { number: string; issue_date: string; expires_on: string; terms_version: string }, lines: QuoteLineRow[], seller: SellerIdentity, client: PartyIdentity): QuoteDocument {
  return {
    number: q.number,
    version: q.version,
    issueDate: q.issue_date,
    validUntil: q.expires_on,
    deliveryLeadTime: q.delivery_lead_time,
    termsVersion: q.terms_version,
    seller,
    client,
    ...(q.subject ? { subject: q.subject } : {}),
    lines: lines.map(documentLine),
    totals: documentTotals(q),
    notes: JSON.parse(q.notes_json) as string[],
  };
}
