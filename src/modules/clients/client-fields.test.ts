import { describe, expect, it } from 'vitest';
import { checkClientFields, type ClientFieldsIn, validateMandateReference } from './client-fields.ts';

const TODAY = '2026-03-02';
const base: ClientFieldsIn = {
  siren: '552 081 317',
  siret: '552 081 317 00018',
  vatNumber: 'fr 03 552081317',
  paymentMethod: 'bank-transfer',
  iban: null,
  bic: null,
  mandateReference: null,
  mandateSignedOn: null,
  publicBuyer: false,
};
const paths = (f: Partial<ClientFieldsIn>) => {
  const r = checkClientFields({ ...base, ...f }, TODAY);
  return r.ok ? [] : r.errors.map((e) => e.path);
};

describe('client identity and payment fields', () => {
  it('normalizes what people type', () => {
    const r = checkClientFields({ ...base, iban: 'fr76 3000 6000 0112 3456 7890 189', bic: 'agrifrpp xxx' }, TODAY);
    expect(r).toEqual({
      ok: true,
      value: {
        siren: '552081317',
        siret: '55208131700018',
        vatNumber: 'FR03552081317',
        iban: 'FR7630006000011234567890189',
        bic: 'AGRIFRPPXXX',
        mandateReference: null,
        mandateSignedOn: null,
      },
    });
  });

  it('treats empty optional identifiers as absent', () => {
    const r = checkClientFields({ ...base, siret: '', vatNumber: '  ', iban: '' }, TODAY);
    expect(r.ok && [r.value.siret, r.value.vatNumber, r.value.iban]).toEqual([null, null, null]);
  });

  it('names each bad identifier', () => {
    expect(paths({ siren: '552081318' })).toContain('siren');
    expect(paths({ siret: '55208131700019' })).toEqual(['siret']);
    expect(paths({ vatNumber: 'FR04552081317' })).toEqual(['vatNumber']);
    expect(paths({ iban: 'FR7630006000011234567890188' })).toEqual(['iban']);
    expect(paths({ bic: 'AGRI' })).toEqual(['bic']);
  });

  it('requires the SIRET and a French VAT number to be built on the SIREN', () => {
    // Both valid on their own, but they belong to another company.
    expect(paths({ siret: '38347148900013', vatNumber: 'FR08383471489' })).toEqual(['siret', 'vatNumber']);
    // A foreign VAT number is only checked against its own format.
    expect(paths({ vatNumber: 'DE123456789' })).toEqual([]);
  });

  it('accepts the La Poste SIRET exception', () => {
    expect(paths({ siren: '356000000', siret: '35600000010000', vatNumber: 'FR39356000000' })).toEqual([]);
    expect(paths({ siren: '356000000', siret: '35600000010001', vatNumber: null })).toEqual(['siret']);
  });

  it('needs IBAN, mandate reference and signature date for direct debit', () => {
    expect(paths({ paymentMethod: 'direct-debit' })).toEqual(['iban', 'mandateReference', 'mandateSignedOn']);
    expect(
      paths({
        paymentMethod: 'direct-debit',
        iban: 'DE89370400440532013000',
        mandateReference: 'ALLEO-2026-0001',
        mandateSignedOn: '2026-03-02',
      }),
    ).toEqual([]);
    expect(
      paths({
        paymentMethod: 'direct-debit',
        iban: 'DE89370400440532013000',
        mandateReference: 'ALLEO-2026-0001',
        mandateSignedOn: '2026-03-03',
      }),
    ).toEqual(['mandateSignedOn']);
  });

  it('keeps the administrative mandate to public buyers', () => {
    expect(paths({ paymentMethod: 'administrative-mandate' })).toEqual(['paymentMethod']);
    expect(paths({ paymentMethod: 'administrative-mandate', publicBuyer: true })).toEqual([]);
  });

  it('checks the SEPA mandate reference', () => {
    expect(validateMandateReference('ALLEO/2026-01 (Morel) ok+1')).toEqual({
      ok: true,
      normalized: 'ALLEO/2026-01 (Morel) ok+1',
    });
    expect(validateMandateReference('x'.repeat(36)).ok).toBe(false);
    expect(validateMandateReference('/ABC').ok).toBe(false);
    expect(validateMandateReference('A//B').ok).toBe(false);
    expect(validateMandateReference('RUM_é').ok).toBe(false);
  });

  it('words each problem in English and French, at its field', () => {
    const r = checkClientFields(
      { ...base, siret: '38347148900013', paymentMethod: 'direct-debit', iban: 'FR7630006000011234567890188' },
      TODAY,
    );
    expect(r.ok ? [] : r.errors).toEqual([
      {
        path: 'siret',
        message: 'SIRET must start with the SIREN 552081317',
        fr: 'le SIRET doit commencer par le SIREN 552081317',
      },
      {
        path: 'iban',
        message: 'IBAN check digits do not match',
        fr: 'IBAN invalide : la clé de contrôle ne correspond pas',
      },
      {
        path: 'mandateReference',
        message: 'required for direct debit (RUM)',
        fr: 'obligatoire pour un prélèvement SEPA (RUM)',
      },
      {
        path: 'mandateSignedOn',
        message: 'required for direct debit',
        fr: 'obligatoire pour un prélèvement SEPA (date de signature du mandat)',
      },
    ]);
    expect(validateMandateReference('A//B')).toEqual({
      ok: false,
      message: 'a mandate reference cannot start or end with "/" nor contain "//"',
      fr: 'une RUM ne peut ni commencer ni finir par « / », ni contenir « // »',
    });
    const late = checkClientFields({ ...base, mandateSignedOn: '2026-03-03' }, TODAY);
    expect(late.ok ? null : late.errors[0]?.fr).toBe(
      "un mandat ne peut pas être signé après aujourd'hui (2 mars 2026)",
    );
  });
});
