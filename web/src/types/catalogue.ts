/** Shapes of the catalogue and VAT APIs (src/modules/catalogue, src/modules/vat-rates). */

export const ITEM_KINDS = ['product', 'service'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const OFFER_LINES = ['cybersecurity', 'telephony', 'unified-communications'] as const;
export type OfferLine = (typeof OFFER_LINES)[number];
export const SOLUTION_KINDS = ['hardware', 'virtualized'] as const;
export type SolutionKind = (typeof SOLUTION_KINDS)[number];

export interface CatalogueItem {
  id: string;
  kind: ItemKind;
  category: string;
  offerLine: OfferLine | null;
  solutionKind: SolutionKind | null;
  manufacturer: string | null;
  sku: string;
  name: string;
  description: string | null;
  /** Indicative only (art. 9.1). */
  indicativePriceCents: number;
  vatRatePercent: string;
  rentable: boolean;
  monthlyRentCents: number | null;
  maintenanceFeeCents: number | null;
  warrantyMonths: number | null;
  licenceUsers: number | null;
  lateCancellationIndemnityCents: number | null;
  offHoursSurchargePercent: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Body of POST /api/catalogue (PATCH takes the same fields but `kind`). */
export type CatalogueItemInput = Omit<CatalogueItem, 'id' | 'kind' | 'active' | 'createdAt' | 'updatedAt'> & { kind?: ItemKind };

export interface CatalogueFilter {
  kind?: ItemKind;
  offerLine?: OfferLine;
  active?: 'true' | 'false';
  q?: string;
}

export interface VatRate {
  country: string;
  ratePercent: string;
  label: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}
