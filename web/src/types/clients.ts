/** Shapes of the clients API (src/modules/clients/clients.schemas.ts). */

export const PAYMENT_METHODS = ['bank-transfer', 'direct-debit', 'administrative-mandate'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const FINANCIAL_STATUSES = ['normal', 'watch', 'prepayment-required'] as const;
export type FinancialStatus = (typeof FINANCIAL_STATUSES)[number];

export interface Address {
  line: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface Contact {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  isCorrespondent: boolean;
}

export interface ContactInput {
  name: string;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
  correspondent?: boolean;
}

/** A row of GET /api/clients. */
export interface ClientRow {
  id: string;
  legalName: string;
  siren: string;
  siret: string | null;
  postalCode: string;
  city: string;
  paymentMethod: PaymentMethod;
  publicBuyer: boolean;
  /** Null for a client user (ALLEO's assessment is internal). */
  financialStatus: FinancialStatus | null;
  correspondentName: string | null;
  relationshipEndedOn: string | null;
  anonymised: boolean;
}

export interface FinancialStatusChange {
  from: FinancialStatus;
  to: FinancialStatus;
  reason: string;
  changedBy: { id: string; name: string };
  at: string;
}

/** Body of POST /api/clients and PATCH /api/clients/:id (the latter without contacts). */
export interface ClientInput {
  legalName: string;
  siren: string;
  siret: string | null;
  vatNumber: string | null;
  billingAddress: Address;
  siteAddress: Address | null;
  email: string | null;
  phone: string | null;
  paymentMethod: PaymentMethod;
  /** Left out of a PATCH to keep the stored details (a reader who sees them masked). */
  iban?: string | null;
  bic?: string | null;
  mandateReference: string | null;
  mandateSignedOn: string | null;
  publicBuyer: boolean;
  referenceOptOut: boolean;
  contacts?: ContactInput[];
}

/** A client as GET /api/clients/:id returns it: the input's fields and what the server keeps. */
export interface ClientDetail extends Omit<ClientInput, 'contacts' | 'iban' | 'bic'> {
  id: string;
  /** In full for the roles that collect payments (admin, accounting); masked ('FR76 *** 0143') for the others. */
  iban: string | null;
  bic: string | null;
  paymentDetailsMasked: boolean;
  /** Who last set or cleared the end of the relationship, and when. */
  relationshipEndSet: { by: { id: string; name: string }; at: string } | null;
  financialStatus: FinancialStatus | null;
  financialStatusHistory: FinancialStatusChange[];
  correspondent: Contact | null;
  contacts: Contact[];
  relationshipEndedOn: string | null;
  anonymisedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
