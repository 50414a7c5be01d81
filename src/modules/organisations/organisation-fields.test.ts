import { describe, expect, it } from 'vitest';
import { rowOfVersion } from './identity.ts';
import { checkOrganisationFields, type OrganisationFieldsIn } from './organisation-fields.ts';

const ALLEO: OrganisationFieldsIn = {
  name: 'ALLEO',
  legalForm: 'SASU',
  shareCapitalCents: null,
  addressLine: '20 rue Troyon',
  postalCode: '92310',
  city: 'Sèvres',
  country: 'FR',
  siren: '481422475',
  siret: '48142247500014',
  vatNumber: 'FR02481422475',
  rcs: 'RCS Nanterre 481 422 475',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPPXXX',
  sepaCreditorId: 'FR70ZZZ481422',
  email: 'contact@alleo.example',
  phone: '+33 1 00 00 00 00',
  vatOnDebits: false,
};
const NO_DIRECT_DEBIT = { directDebitClients: 0 };

const errorsOf = (f: Partial<OrganisationFieldsIn>, c = NO_DIRECT_DEBIT) => {
  const r = checkOrganisationFields({ ...ALLEO, ...f }, c);
  return r.ok ? [] : r.errors;
};

describe('checkOrganisationFields', () => {
  it('normalizes identifiers as people type them, and gives the columns to store', () => {
    const r = checkOrganisationFields(
      {
        ...ALLEO,
        siren: '481 422 475',
        siret: '481 422 475 00014',
        vatNumber: 'fr 02 481422475',
        iban: 'fr76 3000 6000 0112 3456 7890 189',
        bic: 'agri fr pp xxx',
        sepaCreditorId: 'fr70 zzz 481422',
        email: 'Contact@ALLEO.example',
        phone: ' ',
        rcs: '',
        vatOnDebits: true,
      },
      NO_DIRECT_DEBIT,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        name: 'ALLEO',
        legal_form: 'SASU',
        share_capital_cents: null,
        address_line: '20 rue Troyon',
        postal_code: '92310',
        city: 'Sèvres',
        country: 'FR',
        siren: '481422475',
        siret: '48142247500014',
        vat_number: 'FR02481422475',
        rcs: null,
        iban: 'FR7630006000011234567890189',
        bic: 'AGRIFRPPXXX',
        sepa_creditor_id: 'FR70ZZZ481422',
        email: 'contact@alleo.example',
        phone: null,
        vat_on_debits: 1,
      },
    });
  });

  it('names every bad field at once, in English and French', () => {
    expect(
      errorsOf({
        siren: '481422476',
        iban: 'FR7630006000011234567890188',
        sepaCreditorId: 'FR71ZZZ481422',
        bic: 'AGRI',
      }),
    ).toEqual([
      {
        path: 'siren',
        message: 'SIREN checksum (Luhn) does not match',
        fr: 'SIREN invalide : la clé de contrôle (Luhn) ne correspond pas',
      },
      {
        path: 'iban',
        message: 'IBAN check digits do not match',
        fr: 'IBAN invalide : la clé de contrôle ne correspond pas',
      },
      { path: 'bic', message: 'BIC must have 8 or 11 characters', fr: 'Le BIC doit comporter 8 ou 11 caractères' },
      {
        path: 'sepaCreditorId',
        message: 'creditor identifier check digits do not match',
        fr: 'ICS invalide : la clé de contrôle ne correspond pas',
      },
    ]);
  });

  it('ties the SIRET, the French VAT number and the RCS mention to the SIREN', () => {
    expect(
      errorsOf({ siret: '55208131700018', vatNumber: 'FR03552081317', rcs: 'RCS Mâcon 552 081 317' }).map((e) => [
        e.path,
        e.fr,
      ]),
    ).toEqual([
      ['siret', 'le SIRET doit commencer par le SIREN 481422475'],
      ['vatNumber', 'un numéro de TVA français doit être formé à partir du SIREN 481422475'],
      ['rcs', 'la mention RCS doit comporter le SIREN (par exemple « RCS Nanterre 481 422 475 »)'],
    ]);
    // A foreign VAT number is checked by its format only; a new SIREN needs the others to follow.
    expect(errorsOf({ vatNumber: 'DE123456789' })).toEqual([]);
    expect(errorsOf({ siren: '552081317' }).map((e) => e.path)).toEqual(['siret', 'vatNumber', 'rcs']);
  });

  it('requires what invoices print: the VAT number, the IBAN, and the ICS while clients pay by direct debit', () => {
    expect(errorsOf({ vatNumber: null, iban: '  ' }).map((e) => e.path)).toEqual(['vatNumber', 'iban']);
    expect(errorsOf({ sepaCreditorId: null })).toEqual([]);
    expect(errorsOf({ sepaCreditorId: '' }, { directDebitClients: 2 })).toEqual([
      {
        path: 'sepaCreditorId',
        message: 'required while 2 client(s) pay by SEPA direct debit: their invoices print it',
        fr: 'obligatoire tant que 2 client(s) règlent par prélèvement SEPA : leurs factures le mentionnent',
      },
    ]);
  });

  it('a French postal code has 5 digits; a foreign one is free', () => {
    expect(errorsOf({ postalCode: '9231' }).map((e) => e.path)).toEqual(['postalCode']);
    expect(errorsOf({ country: 'BE', postalCode: '1000' })).toEqual([]);
  });
});

describe('rowOfVersion', () => {
  it('reads a version back as the organisation row; a column it does not hold is null', () => {
    const row = rowOfVersion(
      { id: 'org', created_at: '2026-01-01T00:00:00.000Z' },
      JSON.stringify({ name: 'ALLEO', legal_form: 'SASU', siren: '481422475', vat_on_debits: 1 }),
    );
    expect(row).toMatchObject({
      id: 'org',
      created_at: '2026-01-01T00:00:00.000Z',
      name: 'ALLEO',
      siren: '481422475',
      vat_on_debits: 1,
      iban: null,
      sepa_creditor_id: null,
    });
  });
});
