import type { QuoteLineRow, QuoteRow } from './quotes.repo.ts';
import type { AcceptanceOut, QuoteOut, QuoteSummary } from './quotes.schemas.ts';

export function toSummary(r: QuoteRow): QuoteSummary {
  return {
    id: r.id,
    number: r.number,
    version: r.version,
    status: r.status,
    clientId: r.client_id,
    clientName: r.client_name,
    subject: r.subject,
    issueDate: r.issue_date,
    expiresOn: r.expires_on,
    netCents: r.net_cents,
    grossCents: r.gross_cents,
    updatedAt: r.updated_at,
  };
}

/** A quote or contract line as the API returns it (contract lines share the quote's columns). */
export function toLineOut(l: Omit<QuoteLineRow, 'quote_id'>) {
  return {
    id: l.id,
    position: l.position,
    kind: l.kind,
    catalogueItemId: l.catalogue_item_id,
    sku: l.sku,
    label: l.label,
    category: l.category,
    quantity: l.quantity,
    unitPriceCents: l.unit_price_cents,
    discountPercent: l.discount_percent,
    rentCents: l.rent_cents,
    maintenanceFeeCents: l.maintenance_fee_cents,
    monthlyRentCents: l.monthly_rent_cents,
    rentalMonths: l.rental_months,
    vatRatePercent: l.vat_rate,
    netCents: l.net_cents,
    licensedUsers: l.licensed_users,
  };
}

/** The stored totals of a quote or a contract. */
export function totalsOut(r: { net_cents: number; vat_cents: number; gross_cents: number; monthly_rent_cents: number | null; vat_breakdown_json: string }) {
  return { netCents: r.net_cents, vatCents: r.vat_cents, grossCents: r.gross_cents, monthlyRentCents: r.monthly_rent_cents, vatBreakdown: JSON.parse(r.vat_breakdown_json) };
}

export function toQuoteOut(r: QuoteRow, lines: QuoteLineRow[]): QuoteOut {
  return {
    ...toSummary(r),
    supersedesId: r.supersedes_id,
    deliveryLeadTime: r.delivery_lead_time,
    validityDays: r.validity_days,
    termsVersion: r.terms_version,
    lessorId: r.lessor_id,
    notes: JSON.parse(r.notes_json) as string[],
    lines: lines.map(toLineOut),
    totals: totalsOut(r),
    pdfSha256: r.pdf_sha256,
    issuedAt: r.issued_at,
    acceptance: r.acceptance_json ? (JSON.parse(r.acceptance_json) as AcceptanceOut) : null,
    createdAt: r.created_at,
  };
}
