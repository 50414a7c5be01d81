/**
 * What the renderers print. The models are plain, already-decided data: amounts are computed by
 * the modules (kernel/money.ts, EN 16931 method) and only formatted here, so a PDF never shows a
 * figure that the database does not hold. Dates are civil dates 'YYYY-MM-DD'.
 */
import type { CivilDate } from '../kernel/dates.ts';

/** A company as printed on a document (seller, client, lessor, letter sender or recipient). */
export interface PartyIdentity {
  name: string;
  /** 'SASU', 'SAS', 'SARL'… printed after the name. */
  legalForm?: string;
  /** Street, postal code and city, country: one printed line each. */
  addressLines: string[];
  /** ISO 3166-1 alpha-2 country of the address ('BE'); absent means France (the CII's CountryID). */
  country?: string;
  siren?: string;
  siret?: string;
  vatNumber?: string;
  /** As registered: 'RCS Nanterre 481 422 475'. */
  rcs?: string;
  email?: string;
  phone?: string;
  /** The seller's (or a letter's sender's) logo, PNG or JPEG bytes, printed on every page (ADR 0034). */
  logo?: Uint8Array;
}

/** The seller also prints its capital and bank details (payment by transfer, art. 10.1). */
export interface SellerIdentity extends PartyIdentity {
  shareCapitalCents?: number;
  iban?: string;
  bic?: string;
}

/** One line of a quote, acknowledgement or invoice. */
export interface DocumentLine {
  kind: 'sale' | 'rental' | 'service';
  label: string;
  sku?: string;
  /** Decimal quantity, '2' or '1.5' (number accepted for integers). */
  quantity: string | number;
  /**
   * Unit price excl. VAT in cents. A rental line: the price of one unit for its whole duration
   * (monthly rent × months), so that quantity × unit price − discount = net on every line.
   */
  unitPriceCents: number;
  /** Line discount in percent, '10' or '12.5'. */
  discountPercent?: string;
  /** '20', '10', '5.5', '0'. */
  vatRatePercent: string;
  /** Line total excl. VAT in cents, as computed by the module. */
  netCents: number;
  /** Rental lines: the duration (art. 15.1: the one stated in the quote). */
  rentalMonths?: number;
  /** Rental lines: monthly rent per unit, rental and maintenance fee included (art. 9.1). */
  monthlyRentCents?: number;
  /** Rental lines: the maintenance share of the monthly rent (art. 4.2.4, 6.7). */
  maintenanceFeeCents?: number;
}

/** One row of the VAT breakdown. */
export interface VatBreakdownLine {
  ratePercent: string;
  taxableCents: number;
  vatCents: number;
}

/** Document totals (computeVatTotals gives them). */
export interface DocumentTotals {
  netCents: number;
  vatCents: number;
  grossCents: number;
  vatBreakdown: VatBreakdownLine[];
  /** Rentals: the total monthly rent excl. VAT of the rental lines, when there are any. */
  monthlyRentCents?: number;
}

/** A quote (devis), art. 3.1. */
export interface QuoteDocument {
  number: string;
  /** Revisions create a new version of the same quote. */
  version: number;
  issueDate: CivilDate;
  /** Issue date + the validity of the terms (30 days by default) unless the quote says otherwise. */
  validUntil: CivilDate;
  /** As agreed: '4 semaines à compter de la commande'. */
  deliveryLeadTime: string;
  /** The terms version in force on the issue date, e.g. 'ALLEO-1'. */
  termsVersion: string;
  seller: SellerIdentity;
  client: PartyIdentity;
  /** One line of object: 'Sécurisation du réseau du siège'. */
  subject?: string;
  lines: DocumentLine[];
  totals: DocumentTotals;
  /** Free paragraphs printed after the totals (special conditions). */
  notes?: string[];
}

/** An order acknowledgement (accusé de réception de commande): it forms the contract, art. 3.2. */
export interface OrderAcknowledgementDocument {
  number: string;
  issueDate: CivilDate;
  /** The day of acceptance (art. 1.2: it chooses the governing terms version). */
  orderDate: CivilDate;
  quoteNumber: string;
  quoteVersion: number;
  /** The terms version printed on the quote. */
  quoteTermsVersion: string;
  /** The client's purchase order number, when it ordered by one (art. 3.1). */
  purchaseOrderReference?: string;
  contractNumber: string;
  contractEffectiveDate: CivilDate;
  /** The terms version in force on the order date, which governs the contract. */
  termsVersion: string;
  deliveryLeadTime: string;
  seller: SellerIdentity;
  client: PartyIdentity;
  /** Rentals financed by a lessor: who collects the rents (art. 4.2.4). */
  lessorName?: string;
  lines: DocumentLine[];
  totals: DocumentTotals;
  /** Lines whose VAT rate changed between the quote and the order date (art. 9.2). */
  vatChanges?: Array<{ position: number; fromPercent: string; toPercent: string }>;
  notes?: string[];
}

/** A letter: notices (assignment, art. 19), formal notices (art. 15.2)… */
export interface LetterDocument {
  sender: PartyIdentity;
  recipient: PartyIdentity;
  /** Where it is written from: 'Sèvres'. */
  place: string;
  date: CivilDate;
  subject: string;
  /** 'Contrat n° C-2026-0001'. */
  reference?: string;
  paragraphs: string[];
  /** Sent as "lettre recommandée avec accusé de réception" (LRAR). */
  registered?: boolean;
  signature: { name: string; title?: string };
}
