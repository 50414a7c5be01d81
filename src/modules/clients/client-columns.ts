/** API shapes → columns, shared by the writers (addresses are flat columns in the table). */
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { checkClientFields, type ClientFieldsIn, type ClientFieldsOut } from './client-fields.ts';
import type { AddressOut, ContactInput } from './clients.schemas.ts';

export function billingColumns(a: AddressOut) {
  return { address_line: a.line, postal_code: a.postalCode, city: a.city, country: a.country };
}

export function siteColumns(a: AddressOut | null) {
  return {
    site_address_line: a?.line ?? null,
    site_postal_code: a?.postalCode ?? null,
    site_city: a?.city ?? null,
    site_country: a?.country ?? null,
  };
}

/** The identity and payment fields as columns, or a 400 naming every bad field (nothing written). */
export function checkedIdentityColumns(fields: ClientFieldsIn, today: string) {
  const checked = checkClientFields(fields, today);
  if (!checked.ok) throw new AppError('request.invalid', { errors: checked.errors });
  const v: ClientFieldsOut = checked.value;
  return {
    siren: v.siren,
    siret: v.siret,
    vat_number: v.vatNumber,
    payment_method: fields.paymentMethod,
    iban: v.iban,
    bic: v.bic,
    mandate_reference: v.mandateReference,
    mandate_signed_on: v.mandateSignedOn,
    public_buyer: fields.publicBuyer ? (1 as const) : (0 as const),
  };
}

export function contactRow(orgId: string, clientId: string, c: Omit<ContactInput, 'correspondent'>, at: string) {
  return {
    id: newId(),
    org_id: orgId,
    client_id: clientId,
    name: c.name,
    title: c.title ?? null,
    email: c.email?.toLowerCase() ?? null,
    phone: c.phone ?? null,
    created_at: at,
    updated_at: at,
  };
}
