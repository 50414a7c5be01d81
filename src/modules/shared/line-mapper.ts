import type { QuoteLinesTable } from '../../db/schema.ts';

/** A quote or contract line as the API returns it (contract lines share the quote's columns). */
export function toLineOut(l: Omit<QuoteLinesTable, 'quote_id'>) {
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
export function totalsOut(r: {
  net_cents: number;
  vat_cents: number;
  gross_cents: number;
  monthly_rent_cents: number | null;
  vat_breakdown_json: string;
}) {
  return {
    netCents: r.net_cents,
    vatCents: r.vat_cents,
    grossCents: r.gross_cents,
    monthlyRentCents: r.monthly_rent_cents,
    vatBreakdown: JSON.parse(r.vat_breakdown_json),
  };
}
