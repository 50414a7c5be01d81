/** Shapes of the organisation API (src/modules/organisations): the selling company ("Société"). */

export interface Organisation {
  id: string;
  name: string;
  legalForm: string;
  shareCapitalCents: number | null;
  addressLine: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2 (FR). */
  country: string;
  siren: string;
  siret: string | null;
  vatNumber: string | null;
  /** The RCS mention, e.g. "RCS Nanterre 481 422 475". */
  rcs: string | null;
  iban: string | null;
  bic: string | null;
  /** SEPA creditor identifier (ICS), printed on direct-debit invoices. */
  sepaCreditorId: string | null;
  email: string | null;
  phone: string | null;
  /** "Option pour le paiement de la taxe d'après les débits" (printed on invoices when set). */
  vatOnDebits: boolean;
  /** The version of the identity (1 at creation, +1 per change) and when it came into force. */
  version: number;
  validFrom: string;
}

/** Body of PATCH /api/organisation: only what changes; null clears an optional field. */
export type OrganisationChanges = Partial<Omit<Organisation, 'id' | 'version' | 'validFrom' | 'shareCapitalCents'>> & { shareCapitalCents?: number | string | null };
