/** The seller and the client as documents print them, from their rows. */
import type { Selectable } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { ClientsTable, OrganisationsTable } from '../../db/schema.ts';
import type { PartyIdentity, SellerIdentity } from '../../documents/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { findClient } from '../clients/index.ts';
import { getOrganisation, logoBytes } from '../organisations/index.ts';

const optional = <K extends string>(key: K, value: string | number | null | undefined) =>
  value === null || value === undefined ? {} : { [key]: value };

/** The printed name of a country outside France, in French ('Belgique'); none for France. */
const COUNTRY_NAMES = new Intl.DisplayNames(['fr'], { type: 'region' });

/** The printed address: street, postal code and city, and the country's name when not France. */
export function addressLines(line: string, postalCode: string, city: string, country: string | null): string[] {
  const lines = [line, `${postalCode} ${city}`];
  if (country && country !== 'FR') lines.push(COUNTRY_NAMES.of(country) ?? country);
  return lines;
}

function sellerIdentity(o: Selectable<OrganisationsTable>): SellerIdentity {
  return {
    name: o.name,
    legalForm: o.legal_form,
    addressLines: addressLines(o.address_line, o.postal_code, o.city, o.country),
    ...(o.country && o.country !== 'FR' ? { country: o.country } : {}),
    siren: o.siren,
    ...optional('siret', o.siret),
    ...optional('vatNumber', o.vat_number),
    ...optional('rcs', o.rcs),
    ...optional('email', o.email),
    ...optional('phone', o.phone),
    ...optional('shareCapitalCents', o.share_capital_cents),
    ...optional('iban', o.iban),
    ...optional('bic', o.bic),
  };
}

/**
 * The seller as a document prints it, its logo included: the one the given row (the identity in
 * force now, or a version's: ADR 0012) points to, so a document rendered later prints the logo of its issue.
 */
export async function sellerOf(db: Db, o: Selectable<OrganisationsTable>): Promise<SellerIdentity> {
  const seller = sellerIdentity(o);
  return o.logo_sha256 ? { ...seller, logo: await logoBytes(db, o.id, o.logo_sha256) } : seller;
}

export function clientIdentity(
  c: Pick<
    ClientsTable,
    'legal_name' | 'address_line' | 'postal_code' | 'city' | 'siren' | 'siret' | 'vat_number' | 'email' | 'country'
  >,
): PartyIdentity {
  return {
    name: c.legal_name,
    addressLines: addressLines(c.address_line, c.postal_code, c.city, c.country),
    ...(c.country && c.country !== 'FR' ? { country: c.country } : {}),
    siren: c.siren,
    ...optional('siret', c.siret),
    ...optional('vatNumber', c.vat_number),
    ...optional('email', c.email),
  };
}

/** Both parties of a document between the organisation and one of its clients. */
export async function loadParties(ctx: AppContext, orgId: string, clientId: string) {
  const [org, client] = await Promise.all([getOrganisation(ctx, orgId), findClient(ctx, orgId, clientId)]);
  if (!client) throw new AppError('client.not_found');
  return { seller: await sellerOf(ctx.db, org), client: clientIdentity(client), clientEmail: client.email };
}
