import { searchKey } from '../../kernel/search-key.ts';
import type { CatalogueItemRow } from './catalogue.repo.ts';
import type { CatalogueItemOut } from './catalogue.schemas.ts';
import type { ItemShape } from './item-rules.ts';

export function toItemOut(r: CatalogueItemRow): CatalogueItemOut {
  return {
    id: r.id,
    kind: r.kind,
    category: r.category,
    offerLine: r.offer_line as CatalogueItemOut['offerLine'],
    solutionKind: r.solution_kind,
    manufacturer: r.manufacturer,
    sku: r.sku,
    name: r.name,
    description: r.description,
    indicativePriceCents: r.indicative_price_cents,
    vatRatePercent: r.vat_rate,
    rentable: r.rentable === 1,
    monthlyRentCents: r.monthly_rent_cents,
    maintenanceFeeCents: r.maintenance_fee_cents,
    warrantyMonths: r.warranty_months,
    licenceUsers: r.licence_users,
    lateCancellationIndemnityCents: r.late_cancellation_indemnity_cents,
    offHoursSurchargePercent: r.off_hours_surcharge_percent,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The writable part of an item in API form, as the coherence checks and the writers see it. */
export type ItemFields = ItemShape & {
  manufacturer: string | null;
  sku: string;
  name: string;
  description: string | null;
  indicativePriceCents: number;
  vatRatePercent: string;
};

/** API fields → columns (kind, active and timestamps are the callers'). */
export function toColumns(f: ItemFields) {
  return {
    category: f.category,
    offer_line: f.offerLine,
    solution_kind: f.solutionKind,
    manufacturer: f.manufacturer,
    sku: f.sku,
    name: f.name,
    // Kept with the name (ADR 0028): the list sorts on it, the quote editor's picker searches it.
    search_name: searchKey(f.name),
    description: f.description,
    indicative_price_cents: f.indicativePriceCents,
    vat_rate: f.vatRatePercent,
    rentable: f.rentable ? (1 as const) : (0 as const),
    monthly_rent_cents: f.monthlyRentCents,
    maintenance_fee_cents: f.maintenanceFeeCents,
    warranty_months: f.warrantyMonths,
    licence_users: f.licenceUsers,
    late_cancellation_indemnity_cents: f.lateCancellationIndemnityCents,
    off_hours_surcharge_percent: f.offHoursSurchargePercent,
  };
}
