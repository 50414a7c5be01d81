import type { OrganisationFieldsIn } from './organisation-fields.ts';
import type { OrganisationRow } from './organisations.repo.ts';
import type { OrganisationOut } from './organisations.schemas.ts';

/** The identity as the API names it. */
export function fieldsOf(r: OrganisationRow): OrganisationFieldsIn {
  return {
    name: r.name,
    legalForm: r.legal_form,
    shareCapitalCents: r.share_capital_cents === null ? null : Number(r.share_capital_cents),
    addressLine: r.address_line,
    postalCode: r.postal_code,
    city: r.city,
    country: r.country,
    siren: r.siren,
    siret: r.siret,
    vatNumber: r.vat_number,
    rcs: r.rcs,
    iban: r.iban,
    bic: r.bic,
    sepaCreditorId: r.sepa_creditor_id,
    email: r.email,
    phone: r.phone,
    vatOnDebits: r.vat_on_debits === 1,
  };
}

export function toOrganisationOut(
  r: OrganisationRow,
  version: { version: number; validFrom: string },
): OrganisationOut {
  return {
    id: r.id,
    ...fieldsOf(r),
    logoSha256: r.logo_sha256,
    version: version.version,
    validFrom: version.validFrom,
  };
}
