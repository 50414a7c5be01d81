/** Shapes of the quotes API (src/modules/quotes/quotes.schemas.ts, acceptance.schemas.ts). */
import type { Assert, BodyOf, ItemOf, ResponseOf, SameMembers } from '../api/shapes.ts';

export const QUOTE_STATUSES = ['draft', 'issued', 'accepted', 'refused', 'expired', 'superseded'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
export const LINE_KINDS = ['sale', 'rental', 'service'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** GET /api/quotes/:id: the quote, its timeline of decisions and its evidence. */
export type QuoteDetail = ResponseOf<'/api/quotes/{id}', 'get'>;
export type Quote = QuoteDetail['quote'];
export type QuoteSummary = ItemOf<ResponseOf<'/api/quotes', 'get'>>;
/** A line of a quote; `unitPriceCents` of a rental is the monthly rent times the months. */
export type QuoteLine = ItemOf<Quote['lines']>;
export type Totals = Quote['totals'];
export type VatBreakdown = ItemOf<Totals['vatBreakdown']>;
export type Acceptance = NonNullable<Quote['acceptance']>;
/** A recorded decision of the timeline. */
export type TimelineDecision = ItemOf<QuoteDetail['decisions']>;
export type EvidenceEntry = ItemOf<QuoteDetail['evidence']>;

/** Body of POST /api/quotes and PUT /api/quotes/:id. */
export type QuoteInput = BodyOf<'/api/quotes', 'post'>;
export type QuoteLineInput = ItemOf<QuoteInput['lines']>;

/** A document sent with an acceptance, a review or an assignment (base64). */
export type UploadedDocument = BodyOf<'/api/quotes/{id}/acceptances/signed-quote', 'post'>['document'];

/** The accepted quote and the decision recorded (portal, signed quote or purchase order). */
export type AcceptanceResult = ResponseOf<'/api/portal/quotes/{id}/accept', 'post'>;

export type { Lessor } from './lessors.ts';

export type RentalFile = ResponseOf<'/api/quotes/{id}/rental-file', 'get'>;
export type PartyReview = RentalFile['alleo'];
export type PartyStatus = PartyReview['status'];

export type SendResult = ResponseOf<'/api/quotes/{id}/send', 'post'>;

type _QuoteStatusesAreTheApis = Assert<SameMembers<QuoteStatus, Quote['status']>>;
type _LineKindsAreTheApis = Assert<SameMembers<LineKind, QuoteLine['kind']>>;
