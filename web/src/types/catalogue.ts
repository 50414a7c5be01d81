/** Shapes of the catalogue and VAT APIs (src/modules/catalogue, src/modules/vat-rates). */
import type { Assert, BodyOf, ItemOf, QueryOf, ResponseOf, SameMembers } from '../api/shapes.ts';

export const ITEM_KINDS = ['product', 'service'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const OFFER_LINES = ['cybersecurity', 'telephony', 'unified-communications'] as const;
export type OfferLine = (typeof OFFER_LINES)[number];
export const SOLUTION_KINDS = ['hardware', 'virtualized'] as const;
export type SolutionKind = (typeof SOLUTION_KINDS)[number];

export type CatalogueItem = ItemOf<ResponseOf<'/api/catalogue', 'get'>>;

/** Body of POST /api/catalogue. */
export type CatalogueItemInput = BodyOf<'/api/catalogue', 'post'>;
/** Body of PATCH /api/catalogue/:id: only what changes (never `kind`). */
export type CatalogueItemChanges = BodyOf<'/api/catalogue/{id}', 'patch'>;

export type CatalogueFilter = Pick<QueryOf<'/api/catalogue', 'get'>, 'kind' | 'offerLine' | 'active' | 'q'>;

export type VatRate = ItemOf<ResponseOf<'/api/vat-rates', 'get'>>;

type _ItemKindsAreTheApis = Assert<SameMembers<ItemKind, CatalogueItem['kind']>>;
type _OfferLinesAreTheApis = Assert<SameMembers<OfferLine, NonNullable<CatalogueItem['offerLine']>>>;
type _SolutionKindsAreTheApis = Assert<SameMembers<SolutionKind, NonNullable<CatalogueItem['solutionKind']>>>;
