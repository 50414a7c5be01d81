/**
 * The organisation's identity checked as a whole, as it would be stored and printed on every
 * document: SIREN, SIRET (built on the SIREN), VAT number (a French one built on the SIREN), the
 * RCS mention (carrying the SIREN), IBAN, BIC and SEPA creditor identifier (ICS). Pure: every
 * problem is returned at once, at its field, in English and French; the normalized columns when
 * all is well.
 */
import type { FieldError } from '../../kernel/errors.ts';
import {
  validateBic,
  validateCreditorIdentifier,
  validateIban,
  validateSiren,
  validateSiret,
  validateVatNumber,
  vatMatchesSiren,
  type IdentifierResult,
} from '../../kernel/identifiers.ts';
import type { OrganisationIdentity } from './identity.ts';

/** The identity as the API names it, after a change is applied to the stored values. */
export interface OrganisationFieldsIn {
  name: string;
  legalForm: string;
  shareCapitalCents: number | null;
  addressLine: string;
  postalCode: string;
  city: string;
  country: string;
  siren: string;
  siret: string | null;
  vatNumber: string | null;
  rcs: string | null;
  iban: string | null;
  bic: string | null;
  sepaCreditorId: string | null;
  email: string | null;
  phone: string | null;
  vatOnDebits: boolean;
}

/** What the check needs to know beyond the fields. */
export interface OrganisationFieldsContext {
  /** Clients paying by SEPA direct debit: their invoices need the creditor identifier. */
  directDebitClients: number;
}

/** The identity typed in the form: everything but the logo, which has its own upload (ADR 0034). */
export type TypedIdentity = Omit<OrganisationIdentity, 'logo_sha256'>;
export type OrganisationFieldsResult = { ok: true; value: TypedIdentity } | { ok: false; errors: FieldError[] };

/** '' and whitespace mean "none", as forms send them. */
const present = (v: string | null): string | null => (v === null || v.trim() === '' ? null : v.trim());

const groupSiren = (siren: string) => siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');

export function checkOrganisationFields(
  f: OrganisationFieldsIn,
  c: OrganisationFieldsContext,
): OrganisationFieldsResult {
  const errors: FieldError[] = [];
  const err = (path: string, message: string, fr: string) => errors.push({ path, message, fr });
  /** Validates an optional identifier; null when absent or refused (the refusal recorded at `path`). */
  const optional = (path: string, value: string | null, validate: (s: string) => IdentifierResult): string | null => {
    const given = present(value);
    if (given === null) return null;
    const r = validate(given);
    if (r.ok) return r.normalized;
    err(path, r.message, r.fr);
    return null;
  };

  const siren = validateSiren(f.siren);
  if (!siren.ok) err('siren', siren.message, siren.fr);
  const sirenOk = siren.ok ? siren.normalized : null;

  const siret = optional('siret', f.siret, validateSiret);
  if (siret !== null && sirenOk !== null && !siret.startsWith(sirenOk))
    err('siret', `SIRET must start with the SIREN ${sirenOk}`, `le SIRET doit commencer par le SIREN ${sirenOk}`);

  // Mention 2° of CGI ann. II art. 242 nonies A: the seller's intra-EU VAT number, on every invoice.
  if (present(f.vatNumber) === null)
    err(
      'vatNumber',
      'required: every invoice states the seller’s VAT number',
      'obligatoire : chaque facture mentionne le numéro de TVA intracommunautaire du vendeur',
    );
  const vatNumber = optional('vatNumber', f.vatNumber, validateVatNumber);
  if (vatNumber !== null && sirenOk !== null && vatNumber.startsWith('FR') && !vatMatchesSiren(vatNumber, sirenOk))
    err(
      'vatNumber',
      `a French VAT number must be built on the SIREN ${sirenOk}`,
      `un numéro de TVA français doit être formé à partir du SIREN ${sirenOk}`,
    );

  // The RCS mention (C. com. R123-237): "RCS <city of the registry> <SIREN>".
  const rcs = present(f.rcs);
  if (rcs !== null && sirenOk !== null && rcs.replace(/\D/g, '') !== sirenOk)
    err(
      'rcs',
      `the RCS mention must carry the SIREN (e.g. "RCS Nanterre ${groupSiren(sirenOk)}")`,
      `la mention RCS doit comporter le SIREN (par exemple « RCS Nanterre ${groupSiren(sirenOk)} »)`,
    );

  // Invoices paid by transfer print the account to pay to (EN 16931 BR-61).
  if (present(f.iban) === null)
    err(
      'iban',
      'required: invoices paid by transfer print the account to pay to',
      'obligatoire : les factures réglées par virement indiquent le compte à créditer',
    );
  const iban = optional('iban', f.iban, validateIban);
  const bic = optional('bic', f.bic, validateBic);
  const sepaCreditorId = optional('sepaCreditorId', f.sepaCreditorId, validateCreditorIdentifier);
  if (present(f.sepaCreditorId) === null && c.directDebitClients > 0) {
    err(
      'sepaCreditorId',
      `required while ${c.directDebitClients} client(s) pay by SEPA direct debit: their invoices print it`,
      `obligatoire tant que ${c.directDebitClients} client(s) règlent par prélèvement SEPA : leurs factures le mentionnent`,
    );
  }

  if (f.country === 'FR' && !/^\d{5}$/.test(f.postalCode.trim()))
    err('postalCode', 'a French postal code has 5 digits', 'un code postal français comporte 5 chiffres');

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name: f.name.trim(),
      legal_form: f.legalForm.trim(),
      share_capital_cents: f.shareCapitalCents,
      address_line: f.addressLine.trim(),
      postal_code: f.postalCode.trim(),
      city: f.city.trim(),
      country: f.country,
      siren: sirenOk!,
      siret,
      vat_number: vatNumber,
      rcs,
      iban,
      bic,
      sepa_creditor_id: sepaCreditorId,
      email: present(f.email)?.toLowerCase() ?? null,
      phone: present(f.phone),
      vat_on_debits: f.vatOnDebits ? 1 : 0,
    },
  };
}
