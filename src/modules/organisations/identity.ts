/**
 * The organisation's identity as a version holds it: the identity columns of `organisations`, by
 * column name, serialized in `organisation_versions.identity_json` (ADR 0012).
 */
import type { OrganisationRow } from './organisations.repo.ts';

export type OrganisationIdentity = Omit<OrganisationRow, 'id' | 'created_at'>;

/** Every identity column, in the order they are written to a version. */
export const IDENTITY_COLUMNS = [
  'name',
  'legal_form',
  'share_capital_cents',
  'address_line',
  'postal_code',
  'city',
  'country',
  'siren',
  'siret',
  'vat_number',
  'rcs',
  'iban',
  'bic',
  'sepa_creditor_id',
  'email',
  'phone',
  'vat_on_debits',
  // Since 0032: the logo printed on documents (ADR 0034); absent from older versions, read as none.
  'logo_sha256',
] as const satisfies ReadonlyArray<keyof OrganisationIdentity>;

/** The identity part of an organisation row. */
export function identityOf(row: OrganisationIdentity): OrganisationIdentity {
  const out: Record<string, unknown> = {};
  for (const column of IDENTITY_COLUMNS) out[column] = row[column] ?? null;
  return out as OrganisationIdentity;
}

export function identityJson(row: OrganisationIdentity): string {
  return JSON.stringify(identityOf(row));
}

/**
 * The organisation row as it stood in a version: its id and creation, the version's identity. A
 * column the version does not hold (added to the table after it was written) reads as null.
 */
export function rowOfVersion(org: Pick<OrganisationRow, 'id' | 'created_at'>, json: string): OrganisationRow {
  const stored = JSON.parse(json) as Record<string, unknown>;
  const identity: Record<string, unknown> = {};
  for (const column of IDENTITY_COLUMNS) identity[column] = stored[column] ?? null;
  identity.vat_on_debits = Number(stored.vat_on_debits) === 1 ? 1 : 0;
  return { id: org.id, created_at: org.created_at, ...(identity as OrganisationIdentity) };
}
