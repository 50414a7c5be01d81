import type { Actor, Role } from '../auth/index.ts';
import type { ClientRow } from './clients.repo.ts';
import type { AddressOut, ClientDetail, ClientSummary, ContactOut, FinancialStatus } from './clients.schemas.ts';
import type { ContactRow } from './contacts.repo.ts';

/** A client user sees its own account, but not ALLEO's internal credit assessment of it. */
const seesFinancialStatus = (actor: Actor) => actor.role !== 'client';

/** The roles that collect payments (direct debits, refunds) and so read a client's bank details in full. */
export const PAYMENT_DETAILS_READERS: readonly Role[] = ['admin', 'accounting'];
const seesPaymentDetails = (actor: Actor) => PAYMENT_DETAILS_READERS.includes(actor.role);

/**
 * An IBAN as the other roles see it: the country and check digits and the last four characters,
 * enough to tell two accounts apart on the phone, not enough to debit one ('FR76 **** … 0189').
 */
export function maskIban(iban: string): string {
  const compact = iban.replace(/\s+/g, '');
  if (compact.length <= 8) return '*'.repeat(compact.length);
  return `${compact.slice(0, 4)} ${'*'.repeat(compact.length - 8)} ${compact.slice(-4)}`;
}

/** A BIC as the other roles see it: the bank's four letters only ('BNPA****'). */
export function maskBic(bic: string): string {
  return bic.slice(0, 4) + '*'.repeat(Math.max(0, bic.length - 4));
}

export function toContactOut(r: ContactRow, correspondentId: string | null): ContactOut {
  return {
    id: r.id,
    name: r.name,
    title: r.title,
    email: r.email,
    phone: r.phone,
    isCorrespondent: r.id === correspondentId,
    restrictedOn: r.restricted_on ?? null,
    objectedOn: r.objected_on ?? null,
  };
}

function siteAddress(r: ClientRow): AddressOut | null {
  if (r.site_address_line === null || r.site_postal_code === null || r.site_city === null) return null;
  return {
    line: r.site_address_line,
    postalCode: r.site_postal_code,
    city: r.site_city,
    country: r.site_country ?? 'FR',
  };
}

export function toClientSummary(r: ClientRow & { correspondent_name: string | null }, actor: Actor): ClientSummary {
  return {
    id: r.id,
    legalName: r.legal_name,
    siren: r.siren,
    siret: r.siret,
    postalCode: r.postal_code,
    city: r.city,
    paymentMethod: r.payment_method,
    publicBuyer: r.public_buyer === 1,
    financialStatus: seesFinancialStatus(actor) ? r.financial_status : null,
    correspondentName: r.correspondent_name,
    relationshipEndedOn: r.relationship_ended_on,
    anonymised: r.anonymised_at !== null,
  };
}

export interface StatusChangeRow {
  from_status: string;
  to_status: string;
  reason: string;
  changed_by: string;
  changed_by_name: string;
  at: string;
}

export function toClientDetail(
  r: ClientRow,
  contacts: ContactRow[],
  history: StatusChangeRow[],
  actor: Actor,
  relationshipEndSetter: { id: string; name: string } | null,
): ClientDetail {
  const contactsOut = contacts.map((c) => toContactOut(c, r.correspondent_contact_id));
  const clear = seesPaymentDetails(actor);
  return {
    id: r.id,
    legalName: r.legal_name,
    siren: r.siren,
    siret: r.siret,
    vatNumber: r.vat_number,
    billingAddress: { line: r.address_line, postalCode: r.postal_code, city: r.city, country: r.country },
    siteAddress: siteAddress(r),
    email: r.email,
    phone: r.phone,
    paymentMethod: r.payment_method,
    iban: r.iban === null || clear ? r.iban : maskIban(r.iban),
    bic: r.bic === null || clear ? r.bic : maskBic(r.bic),
    paymentDetailsMasked: !clear,
    mandateReference: r.mandate_reference,
    mandateSignedOn: r.mandate_signed_on,
    publicBuyer: r.public_buyer === 1,
    referenceOptOut: r.reference_opt_out === 1,
    financialStatus: seesFinancialStatus(actor) ? r.financial_status : null,
    financialStatusHistory: seesFinancialStatus(actor)
      ? history.map((h) => ({
          from: h.from_status as FinancialStatus,
          to: h.to_status as FinancialStatus,
          reason: h.reason,
          changedBy: { id: h.changed_by, name: h.changed_by_name },
          at: h.at,
        }))
      : [],
    correspondent: contactsOut.find((c) => c.isCorrespondent) ?? null,
    contacts: contactsOut,
    relationshipEndedOn: r.relationship_ended_on,
    relationshipEndSet:
      relationshipEndSetter && r.relationship_end_set_at
        ? { by: relationshipEndSetter, at: r.relationship_end_set_at }
        : null,
    anonymisedAt: r.anonymised_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
