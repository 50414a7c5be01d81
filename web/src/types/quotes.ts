/** Shapes of the quotes API (src/modules/quotes/quotes.schemas.ts, acceptance.schemas.ts). */
import type { Decision } from '../api-types.ts';
import type { LocalizedText } from '../i18n/i18n.ts';

export const QUOTE_STATUSES = ['draft', 'issued', 'accepted', 'refused', 'expired', 'superseded'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
export const LINE_KINDS = ['sale', 'rental', 'service'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export interface QuoteLine {
  id: string;
  position: number;
  kind: LineKind;
  catalogueItemId: string;
  sku: string;
  label: string;
  category: string;
  quantity: string;
  /** For a rental: the monthly rent times the months. */
  unitPriceCents: number;
  discountPercent: string | null;
  rentCents: number | null;
  maintenanceFeeCents: number | null;
  monthlyRentCents: number | null;
  rentalMonths: number | null;
  vatRatePercent: string;
  netCents: number;
  licensedUsers: number | null;
  /** Contract lines only. */
  rentalEndsOn?: string | null;
}

export interface VatBreakdown {
  ratePercent: string;
  taxableCents: number;
  vatCents: number;
}

export interface Totals {
  netCents: number;
  vatCents: number;
  grossCents: number;
  monthlyRentCents: number | null;
  vatBreakdown: VatBreakdown[];
}

export interface Acceptance {
  method: 'signed-quote' | 'purchase-order';
  channel: 'portal' | 'signed-upload' | 'purchase-order';
  acceptedOn: string;
  recordedAt: string;
  recordedBy: string;
  quotePdfSha256: string | null;
  documentSha256: string | null;
  signatoryName: string | null;
  signatoryTitle: string | null;
  ip: string | null;
  purchaseOrderReference: string | null;
}

export interface QuoteSummary {
  id: string;
  number: string | null;
  version: number;
  status: QuoteStatus;
  clientId: string;
  clientName: string;
  subject: string | null;
  issueDate: string | null;
  expiresOn: string | null;
  netCents: number;
  grossCents: number;
  updatedAt: string;
}

export interface Quote extends QuoteSummary {
  supersedesId: string | null;
  deliveryLeadTime: string;
  validityDays: number | null;
  termsVersion: string | null;
  lessorId: string | null;
  notes: string[];
  lines: QuoteLine[];
  totals: Totals;
  pdfSha256: string | null;
  issuedAt: string | null;
  acceptance: Acceptance | null;
  createdAt: string;
}

/** A recorded decision of the timeline. */
export interface TimelineDecision {
  rule: string;
  outcome: string;
  asOf: string;
  article: string;
  termsVersion: string;
  explanation: LocalizedText;
  actor: string;
  /** The user's name, or the daily sweep; null when unknown. */
  actorName: string | null;
  at: string;
}

export interface EvidenceEntry {
  seq: number;
  kind: string;
  at: string;
  actor: string;
  actorName: string | null;
  documentSha256: string | null;
}

export interface QuoteDetail {
  quote: Quote;
  decisions: TimelineDecision[];
  evidence: EvidenceEntry[];
}

export interface QuoteLineInput {
  kind: LineKind;
  catalogueItemId: string;
  quantity: number;
  discountPercent?: string;
  licensedUsers?: number;
  unitPriceCents?: number;
  rentalMonths?: number;
  rentCents?: number;
  maintenanceFeeCents?: number;
}

export interface QuoteInput {
  clientId: string;
  subject?: string;
  deliveryLeadTime: string;
  validityDays?: number;
  lessorId?: string;
  notes?: string[];
  lines: QuoteLineInput[];
}

export interface UploadedDocument {
  filename: string;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  contentBase64: string;
}

export interface AcceptanceResult {
  quote: Quote;
  decision: Decision;
}

export type { Lessor } from './lessors.ts';

export type PartyStatus = 'pending' | 'approved' | 'refused' | 'not-required';

export interface PartyReview {
  status: PartyStatus;
  decidedAt: string | null;
  decidedBy: string | null;
  note: string | null;
  documentSha256: string | null;
}

export interface RentalFile {
  quoteId: string;
  required: boolean;
  lessorId: string | null;
  alleo: PartyReview;
  lessor: PartyReview;
  missing: Array<'alleo' | 'lessor'>;
}

/** A document e-mail queued in the outbox: 'queued' until the delivery worker hands it to a transport. */
export interface SendResult {
  messageId: string;
  to: string[];
  emlSha256: string;
  status: 'queued';
}
