/** The company form: values as typed, and the body of PATCH /api/organisation (what changed only). */
import { centsToInput, eurosToCents, typedNumber } from '../../parse-number.ts';
import type { Organisation, OrganisationChanges } from '../../types/organisation.ts';

/** The text fields the form shows, in order (their server field errors go under them). */
export const ORGANISATION_TEXT_FIELDS = [
  'name',
  'legalForm',
  'shareCapital',
  'addressLine',
  'postalCode',
  'city',
  'country',
  'siren',
  'siret',
  'vatNumber',
  'rcs',
  'email',
  'phone',
  'iban',
  'bic',
  'sepaCreditorId',
] as const;
export type OrganisationTextField = (typeof ORGANISATION_TEXT_FIELDS)[number];

export type OrganisationFormValues = Record<OrganisationTextField, string> & { vatOnDebits: boolean };

/** Fields the API lets clear (null); the others are sent as typed, blank included, for the server to name. */
const NULLABLE: ReadonlySet<OrganisationTextField> = new Set([
  'siret',
  'vatNumber',
  'rcs',
  'email',
  'phone',
  'iban',
  'bic',
  'sepaCreditorId',
]);

/** The API path of a form field (the share capital is typed in euros, sent in cents). */
export const apiPathOf = (field: OrganisationTextField | 'vatOnDebits') =>
  field === 'shareCapital' ? 'shareCapitalCents' : field;

export function organisationFormOf(o: Organisation): OrganisationFormValues {
  return {
    name: o.name,
    legalForm: o.legalForm,
    shareCapital: centsToInput(o.shareCapitalCents),
    addressLine: o.addressLine,
    postalCode: o.postalCode,
    city: o.city,
    country: o.country,
    siren: o.siren,
    siret: o.siret ?? '',
    vatNumber: o.vatNumber ?? '',
    rcs: o.rcs ?? '',
    email: o.email ?? '',
    phone: o.phone ?? '',
    iban: o.iban ?? '',
    bic: o.bic ?? '',
    sepaCreditorId: o.sepaCreditorId ?? '',
    vatOnDebits: o.vatOnDebits,
  };
}

/** Euros as typed → cents; blank → null; anything else is sent as typed, for the server to name. */
function shareCapitalOf(text: string): number | string | null {
  if (text.trim() === '') return null;
  const cents = eurosToCents(text);
  if (cents !== null) return cents;
  const value = typedNumber(text);
  return Number.isNaN(value) ? text : Math.round(value * 100);
}

/** The body of PATCH /api/organisation: the fields that differ from the stored identity ('' clears). */
export function toOrganisationChanges(values: OrganisationFormValues, stored: Organisation): OrganisationChanges {
  const before = organisationFormOf(stored);
  const changes: Record<string, unknown> = {};
  for (const field of ORGANISATION_TEXT_FIELDS) {
    if (values[field].trim() === before[field].trim()) continue;
    if (field === 'shareCapital') changes.shareCapitalCents = shareCapitalOf(values.shareCapital);
    else if (field === 'country') changes.country = values.country.trim().toUpperCase();
    else {
      const text = values[field].trim();
      changes[field] = text === '' && NULLABLE.has(field) ? null : text;
    }
  }
  if (values.vatOnDebits !== stored.vatOnDebits) changes.vatOnDebits = values.vatOnDebits;
  return changes as OrganisationChanges;
}
