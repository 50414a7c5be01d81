/**
 * A client's identity as an invoice prints it (ADR 0013): the columns of `clients` the invoice PDF
 * and its Factur-X XML read, by column name, serialized in `client_versions.identity_json`. What
 * an invoice does not print (phone, IBAN/BIC, mandate date, public buyer, payment method: the last
 * two are frozen on the invoice row at issue) is not versioned and changes no version. The country
 * (printed, and the CII's CountryID, issue 13) came last: a version written before it reads as 'FR',
 * what those invoices said.
 */
import type { ClientsTable, ClientVersionsTable } from '../../db/schema.ts';

/** Every identity column, in the order they are written to a version. */
export const CLIENT_IDENTITY_COLUMNS = [
  'legal_name',
  'address_line',
  'postal_code',
  'city',
  'siren',
  'siret',
  'vat_number',
  'email',
  'site_address_line',
  'site_postal_code',
  'site_city',
  'mandate_reference',
  'country',
] as const satisfies ReadonlyArray<keyof ClientsTable>;

export type ClientIdentityColumn = (typeof CLIENT_IDENTITY_COLUMNS)[number];

/** The printed identity of a client: what a lazily rendered invoice may read of it. */
export type ClientIdentity = Pick<ClientsTable, ClientIdentityColumn>;

/** The identity part of a client row (an absent optional column reads as null). */
export function identityOfClient(row: { [K in ClientIdentityColumn]?: ClientsTable[K] | undefined }): ClientIdentity {
  const out: Record<string, unknown> = {};
  for (const column of CLIENT_IDENTITY_COLUMNS) out[column] = row[column] ?? (column === 'country' ? 'FR' : null);
  return out as ClientIdentity;
}

export function clientIdentityJson(row: { [K in ClientIdentityColumn]?: ClientsTable[K] | undefined }): string {
  return JSON.stringify(identityOfClient(row));
}

/** The identity a version holds. A column the version does not hold (printed since it was written) reads as null. */
export function clientIdentityOfVersion(json: string): ClientIdentity {
  return identityOfClient(JSON.parse(json) as Partial<ClientIdentity>);
}

/** The identity columns whose value differs, in column order (none: nothing printed changed). */
export function changedIdentityColumns(before: ClientIdentity, after: ClientIdentity): ClientIdentityColumn[] {
  return CLIENT_IDENTITY_COLUMNS.filter((column) => (before[column] ?? null) !== (after[column] ?? null));
}

/** A version's identity with the given columns erased (personal data removed from the history). */
export function erasedIdentityJson(json: string, columns: readonly ClientIdentityColumn[]): string {
  const identity: Record<string, unknown> = { ...clientIdentityOfVersion(json) };
  for (const column of columns) identity[column] = null;
  return JSON.stringify(identity);
}

/** Version 1 of a new client's identity, in force from its creation. */
export function firstClientVersion(
  row: { id: string; org_id: string; created_at: string } & {
    [K in ClientIdentityColumn]?: ClientsTable[K] | undefined;
  },
  changedBy: string,
): ClientVersionsTable {
  return {
    org_id: row.org_id,
    client_id: row.id,
    version: 1,
    valid_from: row.created_at,
    identity_json: clientIdentityJson(row),
    changed_by: changedBy,
  };
}
