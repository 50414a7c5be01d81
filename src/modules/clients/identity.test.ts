import { describe, expect, it } from 'vitest';
import {
  changedIdentityColumns,
  CLIENT_IDENTITY_COLUMNS,
  clientIdentityJson,
  clientIdentityOfVersion,
  erasedIdentityJson,
  firstClientVersion,
  identityOfClient,
  type ClientIdentity,
} from './identity.ts';

const DURAND: ClientIdentity = {
  legal_name: 'Cabinet Durand Avocats SELARL',
  address_line: '40 boulevard Haussmann',
  postal_code: '75009',
  city: 'Paris',
  siren: '792539108',
  siret: '79253910800011',
  vat_number: 'FR90792539108',
  email: 'secretariat@durand-avocats.example',
  site_address_line: null,
  site_postal_code: null,
  site_city: null,
  mandate_reference: 'ALLEO-DURAND-2025-001',
  country: 'FR',
};

/** A full client row: the identity and what is not printed. */
const row = {
  id: 'c-1',
  org_id: 'org-1',
  ...DURAND,
  phone: '+33 1 40 00 00 03',
  iban: 'FR7630004000031234567890143',
  bic: 'BNPAFRPPXXX',
  mandate_signed_on: '2025-09-15',
  payment_method: 'direct-debit',
  public_buyer: 0,
  financial_status: 'normal',
  created_at: '2026-01-05T10:00:00.000Z',
  updated_at: '2026-01-05T10:00:00.000Z',
};

describe('client identity (ADR 0013)', () => {
  it('keeps exactly the printed columns of a row, in column order', () => {
    expect(identityOfClient(row)).toEqual(DURAND);
    expect(Object.keys(JSON.parse(clientIdentityJson(row)))).toEqual([...CLIENT_IDENTITY_COLUMNS]);
  });

  it('reads an absent optional column as null (an insert that omits it)', () => {
    const { site_address_line: _a, site_postal_code: _b, site_city: _c, mandate_reference: _d, ...inserted } = DURAND;
    expect(identityOfClient(inserted)).toEqual({ ...DURAND, mandate_reference: null });
  });

  it('round-trips through a version; a column the version does not hold reads as null', () => {
    expect(clientIdentityOfVersion(clientIdentityJson(DURAND))).toEqual(DURAND);
    const older = JSON.stringify({
      legal_name: 'Ancien nom',
      address_line: '1 rue',
      postal_code: '75001',
      city: 'Paris',
      siren: '792539108',
    });
    expect(clientIdentityOfVersion(older)).toEqual({
      legal_name: 'Ancien nom',
      address_line: '1 rue',
      postal_code: '75001',
      city: 'Paris',
      siren: '792539108',
      siret: null,
      vat_number: null,
      email: null,
      site_address_line: null,
      site_postal_code: null,
      site_city: null,
      mandate_reference: null,
      country: 'FR',
    });
  });

  it('names the printed columns that changed, and none when only unprinted ones did', () => {
    expect(changedIdentityColumns(DURAND, { ...DURAND })).toEqual([]);
    const unprinted = {
      ...row,
      phone: null,
      iban: 'FR1420041010050500013M02606',
      mandate_signed_on: '2026-03-01',
      payment_method: 'bank-transfer',
    };
    expect(changedIdentityColumns(identityOfClient(row), identityOfClient(unprinted))).toEqual([]);
    expect(
      changedIdentityColumns(DURAND, {
        ...DURAND,
        mandate_reference: 'ALLEO-DURAND-2026-002',
        legal_name: 'Durand & Associés SELARL',
        site_city: 'Lyon',
      }),
    ).toEqual(['legal_name', 'site_city', 'mandate_reference']);
    expect(changedIdentityColumns(DURAND, { ...DURAND, email: null })).toEqual(['email']);
    expect(changedIdentityColumns(DURAND, { ...DURAND, country: 'BE' })).toEqual(['country']);
  });

  it('erases columns from a version and leaves the rest', () => {
    const erased = JSON.parse(erasedIdentityJson(clientIdentityJson(DURAND), ['email']));
    expect(erased).toEqual({ ...DURAND, email: null });
  });

  it('writes version 1 of a new client, in force from its creation', () => {
    expect(firstClientVersion(row, 'u-1')).toEqual({
      org_id: 'org-1',
      client_id: 'c-1',
      version: 1,
      valid_from: '2026-01-05T10:00:00.000Z',
      identity_json: clientIdentityJson(DURAND),
      changed_by: 'u-1',
    });
  });
});
