import type { DocumentLine, DocumentTotals } from '../../documents/index.ts';
import type { QuoteLinesTable } from '../../db/schema.ts';

/** A priced line as documents print it (quotes, acknowledgements). */
export function documentLine(
  l: Pick<
    QuoteLinesTable,
    | 'kind'
    | 'label'
    | 'sku'
    | 'quantity'
    | 'unit_price_cents'
    | 'discount_percent'
    | 'vat_rate'
    | 'net_cents'
    | 'rental_months'
    | 'monthly_rent_cents'
    | 'maintenance_fee_cents'
  >,
): DocumentLine {
  return {
    kind: l.kind,
    label: l.label,
    ...(l.sku !== null ? { sku: l.sku } : {}),
    quantity: l.quantity,
    unitPriceCents: l.unit_price_cents,
    ...(l.discount_percent ? { discountPercent: l.discount_percent } : {}),
    vatRatePercent: l.vat_rate,
    netCents: l.net_cents,
    ...(l.kind === 'rental'
      ? {
          rentalMonths: l.rental_months ?? 0,
          monthlyRentCents: l.monthly_rent_cents ?? 0,
          maintenanceFeeCents: l.maintenance_fee_cents ?? 0,
        }
      : {}),
  };
}

/** Totals as stored on a quote or contract row. */
export function documentTotals(r: {
  net_cents: number;
  vat_cents: number;
  gross_cents: number;
  monthly_rent_cents: number | null;
  vat_breakdown_json: string;
}): DocumentTotals {
  return {
    netCents: r.net_cents,
    vatCents: r.vat_cents,
    grossCents: r.gross_cents,
    vatBreakdown: JSON.parse(r.vat_breakdown_json),
    ...(r.monthly_rent_cents !== null ? { monthlyRentCents: r.monthly_rent_cents } : {}),
  };
}
