/** The client form's values (text as typed) and their conversion to the API body. */
import type { Address, ClientDetail, ClientInput, ContactInput, PaymentMethod } from '../../types/clients.ts';

export interface ClientFormValues {
  legalName: string;
  siren: string;
  siret: string;
  vatNumber: string;
  billing: Address;
  hasSite: boolean;
  site: Address;
  email: string;
  phone: string;
  paymentMethod: PaymentMethod;
  iban: string;
  bic: string;
  /** The stored details as this reader sees them, masked (null: shown in full, or none). Left blank, they are kept. */
  maskedIban: string | null;
  maskedBic: string | null;
  mandateReference: string;
  mandateSignedOn: string;
  publicBuyer: boolean;
  referenceOptOut: boolean;
  /** Creation only: the first contact, made the correspondent (art. 7). */
  contact: { name: string; title: string; email: string; phone: string };
}

const emptyAddress = (): Address => ({ line: '', postalCode: '', city: '', country: 'FR' });

export function emptyClientForm(): ClientFormValues {
  return {
    legalName: '',
    siren: '',
    siret: '',
    vatNumber: '',
    billing: emptyAddress(),
    hasSite: false,
    site: emptyAddress(),
    email: '',
    phone: '',
    paymentMethod: 'bank-transfer',
    iban: '',
    bic: '',
    maskedIban: null,
    maskedBic: null,
    mandateReference: '',
    mandateSignedOn: '',
    publicBuyer: false,
    referenceOptOut: false,
    contact: { name: '', title: '', email: '', phone: '' },
  };
}

export function clientFormOf(client: ClientDetail): ClientFormValues {
  return {
    ...emptyClientForm(),
    legalName: client.legalName,
    siren: client.siren,
    siret: client.siret ?? '',
    vatNumber: client.vatNumber ?? '',
    billing: { ...client.billingAddress },
    hasSite: client.siteAddress !== null,
    site: client.siteAddress ? { ...client.siteAddress } : emptyAddress(),
    email: client.email ?? '',
    phone: client.phone ?? '',
    paymentMethod: client.paymentMethod,
    // Masked details are never sent back: the fields start blank and keep the stored value unless retyped.
    iban: client.paymentDetailsMasked ? '' : (client.iban ?? ''),
    bic: client.paymentDetailsMasked ? '' : (client.bic ?? ''),
    maskedIban: client.paymentDetailsMasked ? client.iban : null,
    maskedBic: client.paymentDetailsMasked ? client.bic : null,
    mandateReference: client.mandateReference ?? '',
    mandateSignedOn: client.mandateSignedOn ?? '',
    publicBuyer: client.publicBuyer,
    referenceOptOut: client.referenceOptOut,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const address = (a: Address): Address => ({
  line: a.line.trim(),
  postalCode: a.postalCode.trim(),
  city: a.city.trim(),
  country: a.country.trim().toUpperCase() || 'FR',
});

/** The body of POST /api/clients (with the first contact) or PATCH /api/clients/:id. */
export function toClientInput(values: ClientFormValues, creating: boolean): ClientInput {
  const direct = values.paymentMethod === 'direct-debit';
  const input: ClientInput = {
    legalName: values.legalName.trim(),
    siren: values.siren.trim(),
    siret: orNull(values.siret),
    vatNumber: orNull(values.vatNumber),
    billingAddress: address(values.billing),
    siteAddress: values.hasSite ? address(values.site) : null,
    email: orNull(values.email),
    phone: orNull(values.phone),
    paymentMethod: values.paymentMethod,
    mandateReference: direct ? orNull(values.mandateReference) : null,
    mandateSignedOn: direct ? orNull(values.mandateSignedOn) : null,
    publicBuyer: values.publicBuyer,
    referenceOptOut: values.referenceOptOut,
  };
  if (values.maskedIban === null || values.iban.trim() !== '') input.iban = orNull(values.iban);
  if (values.maskedBic === null || values.bic.trim() !== '') input.bic = orNull(values.bic);
  const c = values.contact;
  if (creating && c.name.trim()) {
    const contact: ContactInput = {
      name: c.name.trim(),
      title: orNull(c.title),
      email: orNull(c.email),
      phone: orNull(c.phone),
      correspondent: true,
    };
    input.contacts = [contact];
  }
  return input;
}
