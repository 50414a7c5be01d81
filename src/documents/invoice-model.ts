/**
 * What invoices, credit notes and debit notes print and what their Factur-X XML carries (CGV art.
 * 9, 10; LEGAL.md §1.7 mentions A, B and C). Plain, already-decided data: every figure comes from
 * the database; renderers only format it. Dates are civil dates 'YYYY-MM-DD'.
 */
import type { CivilDate } from '../kernel/dates.ts';
import type { DocumentLine, DocumentTotals, PartyIdentity, SellerIdentity } from './model.ts';

/** 'invoice' (facture, UNTDID 1001 code 380), 'credit-note' (avoir, 381). */
export type InvoiceKind = 'invoice' | 'credit-note';

/** How the client pays (art. 10.1). */
export type PaymentMeansKind = 'bank-transfer' | 'direct-debit' | 'administrative-mandate' | 'other';

/** 8° bis of art. 242 nonies A: exclusively goods, exclusively services, or both. */
export type OperationsNature = 'goods' | 'services' | 'mixed';

/** A line of an invoice: a document line that also says whether it is goods or a service. */
export interface InvoiceLine extends DocumentLine {
  /** Goods (sales, rentals of equipment count as services for VAT: see the module) or services. */
  nature: 'goods' | 'services';
  /** Billing period of a rent line, printed and carried as the line period. */
  periodStart?: CivilDate;
  periodEnd?: CivilDate;
}

export interface InvoiceDocument {
  kind: InvoiceKind;
  /** Gapless chronological number: 'F-2026-000123' or 'AV-2026-000004'. */
  number: string;
  issueDate: CivilDate;
  /** Calendar due date (LEGAL.md §1.6: printed as a date, never as "30 days"). */
  dueDate: CivilDate;
  /** Date of the sale or of the completion of the service (10° of art. 242 nonies A). */
  operationDate?: CivilDate;
  /** Billing period, for rents and recurring services. */
  periodStart?: CivilDate;
  periodEnd?: CivilDate;
  seller: SellerIdentity;
  /** The client: name, address, SIREN (mention C), VAT number. */
  client: PartyIdentity;
  /** Printed only when different from the client's address (mention 7° bis). */
  deliveryAddressLines?: string[];
  natureOfOperations: OperationsNature;
  /** "Option pour le paiement de la taxe d'après les débits" (mention 11° bis). */
  vatOnDebits: boolean;
  contractNumber?: string;
  /** The client's purchase order number, when it issued one (L441-9). */
  purchaseOrderReference?: string;
  /** Credit notes: the invoice they correct. */
  correctedInvoice?: { number: string; issueDate: CivilDate };
  lines: InvoiceLine[];
  totals: DocumentTotals;
  /** What is already paid and what remains due, in cents (gross). */
  paidCents?: number;
  dueCents?: number;
  payment: {
    means: PaymentMeansKind;
    /** The seller's account for transfers (and the creditor account for direct debits). */
    iban?: string;
    bic?: string;
    /** Direct debit: the SEPA mandate reference and the creditor identifier. */
    mandateReference?: string;
    creditorIdentifier?: string;
    /** Public buyers: the administrative mandate wording. */
    administrativeMandate?: boolean;
  };
  /** The late-interest rate actually in force for this invoice, in percent: '12.15'. */
  lateInterestRatePercent: string;
  /** How that rate is built, printed in full: "taux BCE de refinancement (2,15 %) majoré de 10 points". */
  lateInterestRateText: string;
  /** EUR 40 (D441-5), in cents. */
  recoveryIndemnityCents: number;
  /** The terms version governing the contract, e.g. 'ALLEO-1'. */
  termsVersion: string;
  notes?: string[];
}

/** A debit note (note de débit): late-payment interest and the EUR 40 indemnity, no VAT (R11). */
export interface DebitNoteDocument {
  number: string;
  issueDate: CivilDate;
  dueDate: CivilDate;
  seller: SellerIdentity;
  client: PartyIdentity;
  /** One row per late invoice. */
  rows: Array<{
    invoiceNumber: string;
    invoiceDueDate: CivilDate;
    /** Settled on (payment date) or computed as of this date. */
    computedUntil: CivilDate;
    daysLate: number;
    interestCents: number;
    indemnityCents: number;
    /** The decision's one-line French explanation with its article. */
    explanation: string;
  }>;
  totalCents: number;
  termsVersion: string;
  /** Points over the ECB rate and the recovery indemnity of that terms version (art. 10.3), as the note states them. */
  lateInterestMarginPoints: string;
  recoveryIndemnityCents: number;
}
