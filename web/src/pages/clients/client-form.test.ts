import { describe, expect, it } from 'vitest';
import type { ClientDetail } from '../../types/clients.ts';
import { clientFormOf, toClientInput } from './client-form.ts';

const client = (over: Partial<ClientDetail>): ClientDetail => ({
  id: 'c-1',
  legalName: 'Cabinet Durand',
  siren: '792539108',
  siret: null,
  vatNumber: null,
  billingAddress: { line: '40 boulevard Haussmann', postalCode: '75009', city: 'Paris', country: 'FR' },
  siteAddress: null,
  email: null,
  phone: null,
  paymentMethod: 'direct-debit',
  iban: 'FR7630004000031234567890143',
  bic: 'BNPAFRPPXXX',
  paymentDetailsMasked: false,
  mandateReference: 'RUM-1',
  mandateSignedOn: '2025-09-15',
  publicBuyer: false,
  referenceOptOut: false,
  financialStatus: 'normal',
  financialStatusHistory: [],
  correspondent: null,
  contacts: [],
  relationshipEndedOn: null,
  relationshipEndSet: null,
  anonymisedAt: null,
  createdAt: '2025-09-15T10:00:00.000Z',
  updatedAt: '2025-09-15T10:00:00.000Z',
  ...over,
});

describe('client form and masked bank details (ADR 0015)', () => {
  it('sends bank details read in full back as they are', () => {
    const body = toClientInput(clientFormOf(client({})), false);
    expect(body).toMatchObject({ iban: 'FR7630004000031234567890143', bic: 'BNPAFRPPXXX' });
  });

  it('never sends masked details back: left blank they are kept, retyped they are changed', () => {
    const values = clientFormOf(
      client({ iban: 'FR76 ******************* 0143', bic: 'BNPA*******', paymentDetailsMasked: true }),
    );
    expect(values).toMatchObject({
      iban: '',
      bic: '',
      maskedIban: 'FR76 ******************* 0143',
      maskedBic: 'BNPA*******',
    });
    const kept = toClientInput(values, false);
    expect(kept).not.toHaveProperty('iban');
    expect(kept).not.toHaveProperty('bic');
    const changed = toClientInput({ ...values, iban: ' FR1420041010050500013M02606 ' }, false);
    expect(changed.iban).toBe('FR1420041010050500013M02606');
    expect(changed).not.toHaveProperty('bic');
  });
});
