import { describe, expect, it } from 'vitest';
import {
  EU_VAT_PREFIXES,
  formatIban,
  frenchVatKey,
  luhnValid,
  validateBic,
  validateCreditorIdentifier,
  validateIban,
  validateSiren,
  validateSiret,
  validateVatNumber,
  vatMatchesSiren,
  type IdentifierResult,
} from './identifiers.ts';

type Case = [input: string, expected: string | { error: RegExp }];

function check(validate: (input: string) => IdentifierResult, cases: Case[]) {
  it.each(cases)('%s', (input, expected) => {
    const result = validate(input);
    if (typeof expected === 'string') expect(result).toEqual({ ok: true, normalized: expected });
    else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(expected.error);
        // Every refusal is also worded in French, not a copy of the English.
        expect(result.fr).toMatch(/\p{L}{3}/u);
        expect(result.fr).not.toBe(result.message);
      }
    }
  });
}

describe('luhnValid', () => {
  it('accepts the Luhn test numbers and refuses non-digits', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('12a')).toBe(false);
  });
});

describe('validateSiren', () => {
  check(validateSiren, [
    ['481422475', '481422475'], // ALLEO
    ['481 422 475', '481422475'],
    ['552\u00a0081\u00a0317', '552081317'], // no-break spaces, as copied from a PDF
    ['356000000', '356000000'], // La Poste
    ['481422476', { error: /checksum/ }],
    ['48142247', { error: /9 digits/ }],
    ['4814224750', { error: /9 digits/ }],
    ['48142247A', { error: /9 digits/ }],
    ['', { error: /9 digits/ }],
  ]);
});

describe('validateSiret', () => {
  check(validateSiret, [
    ['48142247500014', '48142247500014'], // ALLEO, Sèvres
    ['481 422 475 00014', '48142247500014'],
    ['55208131700018', '55208131700018'],
    ['48142247500015', { error: /Luhn/ }],
    ['48142247600012', { error: /SIREN part/ }], // Luhn over 14 digits holds, SIREN 481422476 does not
    ['4814224750001', { error: /14 digits/ }],
    // La Poste: the head office carries a Luhn key; newer establishments a digit sum multiple of 5.
    ['35600000000048', '35600000000048'],
    ['356 000 000 49837', '35600000049837'],
    ['35600000049838', { error: /La Poste/ }],
  ]);
});

describe('French VAT numbers', () => {
  it('computes the key from the SIREN', () => {
    expect(frenchVatKey('481422475')).toBe('02');
    expect(frenchVatKey('552081317')).toBe('03');
    expect(frenchVatKey('356000000')).toBe('39');
  });

  check(validateVatNumber, [
    ['FR02481422475', 'FR02481422475'], // ALLEO
    ['fr 02 481 422 475', 'FR02481422475'],
    ['FR03552081317', 'FR03552081317'],
    ['FR90792539108', 'FR90792539108'],
    ['FR03481422475', { error: /key 03 does not match.*expected 02/ }],
    ['FR02481422476', { error: /SIREN part/ }],
    ['FR0248142247', { error: /FR format/ }],
    ['FRAB481422475', 'FRAB481422475'], // letter keys (second scheme) are checked by format only
    ['FRIO481422475', { error: /FR format/ }], // I and O are never used in keys
  ]);

  it('matches a VAT number with its SIREN', () => {
    expect(vatMatchesSiren('FR02481422475', '481 422 475')).toBe(true);
    expect(vatMatchesSiren('FR 02 481422475', '481422475')).toBe(true);
    expect(vatMatchesSiren('FR03552081317', '481422475')).toBe(false);
    expect(vatMatchesSiren('FR03481422475', '481422475')).toBe(false); // wrong key
    expect(vatMatchesSiren('DE123456789', '123456789')).toBe(false);
  });
});

describe('EU VAT numbers (format by country)', () => {
  it('knows the 27 member states and Northern Ireland', () => {
    expect(EU_VAT_PREFIXES).toHaveLength(28);
    expect(EU_VAT_PREFIXES).toContain('EL');
    expect(EU_VAT_PREFIXES).toContain('XI');
    expect(EU_VAT_PREFIXES).not.toContain('GR');
  });

  check(validateVatNumber, [
    ['ATU12345678', 'ATU12345678'],
    ['BE0202239951', 'BE0202239951'],
    ['BE 0202.239.951', 'BE0202239951'],
    ['BE1234567890', 'BE1234567890'],
    ['BE2234567890', { error: /BE format/ }],
    ['DE123456789', 'DE123456789'],
    ['DE12345678', { error: /DE format/ }],
    ['EL123456789', 'EL123456789'],
    ['GR123456789', { error: /start with EL/ }],
    ['ESA12345678', 'ESA12345678'],
    ['ES12345678Z', 'ES12345678Z'],
    ['ES123456789', { error: /ES format/ }], // a letter is required first or last
    ['IE6388047V', 'IE6388047V'],
    ['IE1234567WA', 'IE1234567WA'],
    ['IT12345678901', 'IT12345678901'],
    ['NL123456789B01', 'NL123456789B01'],
    ['NL123456789X01', { error: /NL format/ }],
    ['SE123456789001', 'SE123456789001'],
    ['SE123456789002', { error: /SE format/ }],
    ['XI123456789', 'XI123456789'],
    ['XIGD123', 'XIGD123'],
    ['GB123456789', { error: /GB is not an EU VAT prefix/ }],
    ['123456789', { error: /2-letter country prefix/ }],
  ]);
});

describe('validateIban', () => {
  check(validateIban, [
    ['FR7630006000011234567890189', 'FR7630006000011234567890189'], // demo IBAN of the seed
    ['FR76 3000 6000 0112 3456 7890 189', 'FR7630006000011234567890189'],
    ['fr1420041010050500013m02606', 'FR1420041010050500013M02606'], // letters in the BBAN
    ['DE89370400440532013000', 'DE89370400440532013000'],
    ['BE68539007547034', 'BE68539007547034'],
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['CH9300762011623852957', 'CH9300762011623852957'],
    ['GB82WEST12345698765432', 'GB82WEST12345698765432'],
    ['IT60X0542811101000000123456', 'IT60X0542811101000000123456'],
    ['ES9121000418450200051332', 'ES9121000418450200051332'],
    ['NO9386011117947', 'NO9386011117947'],
    ['MT84MALT011000012345MTLCAST001S', 'MT84MALT011000012345MTLCAST001S'],
    ['FR7630006000011234567890188', { error: /check digits/ }],
    ['FR7730006000011234567890189', { error: /check digits/ }],
    ['DE89370400440532013001', { error: /check digits/ }],
    ['FR76300060000112345678901', { error: /27 characters, got 25/ }],
    ['DE8937040044053201300', { error: /22 characters/ }],
    ['ZZ89370400440532013000', { error: /country ZZ/ }],
    ['FR76-3000-6000', { error: /country code/ }],
    ['7630006000011234567890189', { error: /country code/ }],
  ]);

  it('formats in groups of 4', () => {
    expect(formatIban('FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(formatIban('de89 3704 0044 0532 0130 00')).toBe('DE89 3704 0044 0532 0130 00');
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
  });
});

describe('validateBic', () => {
  check(validateBic, [
    ['AGRIFRPPXXX', 'AGRIFRPPXXX'],
    ['DEUTDEFF', 'DEUTDEFF'],
    ['deutdeff500', 'DEUTDEFF500'],
    ['BNPA FR PP', 'BNPAFRPP'],
    ['DEUTDEF', { error: /8 or 11/ }],
    ['DEUTDEFF5000', { error: /8 or 11/ }],
    ['DEUT12FF', { error: /institution, country/ }],
    ['DEUTDEF!', { error: /institution, country/ }],
  ]);
});

describe('validateCreditorIdentifier (ICS)', () => {
  check(validateCreditorIdentifier, [
    ['FR70ZZZ481422', 'FR70ZZZ481422'], // demo ICS of the seed
    ['fr72 zzz 123456', 'FR72ZZZ123456'],
    // The business code is outside the checksum: the creditor may change it, the key stays.
    ['FR72ABC123456', 'FR72ABC123456'],
    ['DE98ZZZ09999999999', 'DE98ZZZ09999999999'], // the EPC's German example
    ['ES50ZZZM23456789', 'ES50ZZZM23456789'],
    ['BE69ZZZ050D000000008', 'BE69ZZZ050D000000008'],
    ['FR71ZZZ481422', { error: /check digits/ }],
    ['FR70ZZZ481423', { error: /check digits/ }],
    ['DE97ZZZ09999999999', { error: /check digits/ }],
    ['FR70ZZZ4814222', { error: /13 characters, got 14/ }],
    ['FR70ZZZ48142', { error: /13 characters, got 12/ }],
    ['US70ZZZ481422', { error: /country US is not in the SEPA area/ }],
    ['FR7AZZZ481422', { error: /country code, 2 check digits/ }],
    ['FR70ZZ', { error: /country code, 2 check digits/ }],
    ['FR70ZZZ481-22', { error: /country code, 2 check digits/ }],
    ['', { error: /country code, 2 check digits/ }],
  ]);

  it('computes the key on the national identifier, the country and the key, like an IBAN', () => {
    // 98 − (mod97("123456" + "FR" + "00")) = 72: FR72ZZZ123456.
    for (let key = 0; key < 100; key++) {
      const ics = `FR${String(key).padStart(2, '0')}ZZZ123456`;
      expect(validateCreditorIdentifier(ics).ok, ics).toBe(key === 72);
    }
  });
});

describe('refusals in English and French', () => {
  const refusal = (r: IdentifierResult) => (r.ok ? null : { en: r.message, fr: r.fr });

  it('SIREN and SIRET, La Poste included', () => {
    expect(refusal(validateSiren('481422476'))).toEqual({
      en: 'SIREN checksum (Luhn) does not match',
      fr: 'SIREN invalide : la clé de contrôle (Luhn) ne correspond pas',
    });
    expect(refusal(validateSiren('48142247'))).toEqual({
      en: 'SIREN must be 9 digits',
      fr: 'Le SIREN doit comporter 9 chiffres',
    });
    expect(refusal(validateSiret('48142247600012'))).toEqual({
      en: 'SIREN part of the SIRET fails its checksum',
      fr: 'SIRET invalide : la clé de contrôle du SIREN (9 premiers chiffres) ne correspond pas',
    });
    expect(refusal(validateSiret('35600000049838'))).toEqual({
      en: 'SIRET checksum (La Poste rule) does not match',
      fr: 'SIRET invalide : la clé de contrôle (règle propre à La Poste) ne correspond pas',
    });
  });

  it('VAT numbers quote the key and the prefix in both languages', () => {
    expect(refusal(validateVatNumber('FR03481422475'))).toEqual({
      en: 'VAT key 03 does not match the SIREN (expected 02)',
      fr: 'Numéro de TVA invalide : la clé 03 ne correspond pas au SIREN (clé attendue : 02)',
    });
    expect(refusal(validateVatNumber('GB123456789'))).toEqual({
      en: 'VAT number prefix GB is not an EU VAT prefix',
      fr: "Le préfixe GB n'est pas un préfixe de TVA intracommunautaire",
    });
    expect(refusal(validateVatNumber('DE12345678'))).toEqual({
      en: 'VAT number does not match the DE format',
      fr: 'Numéro de TVA non conforme au format DE',
    });
  });

  it('IBAN and BIC', () => {
    expect(refusal(validateIban('FR76300060000112345678901'))).toEqual({
      en: 'IBAN of FR must have 27 characters, got 25',
      fr: 'Un IBAN FR comporte 27 caractères (25 saisis)',
    });
    expect(refusal(validateIban('FR7630006000011234567890188'))).toEqual({
      en: 'IBAN check digits do not match',
      fr: 'IBAN invalide : la clé de contrôle ne correspond pas',
    });
    expect(refusal(validateBic('DEUTDEF'))).toEqual({
      en: 'BIC must have 8 or 11 characters',
      fr: 'Le BIC doit comporter 8 ou 11 caractères',
    });
  });

  it('SEPA creditor identifier (ICS)', () => {
    expect(refusal(validateCreditorIdentifier('FR71ZZZ481422'))).toEqual({
      en: 'creditor identifier check digits do not match',
      fr: 'ICS invalide : la clé de contrôle ne correspond pas',
    });
    expect(refusal(validateCreditorIdentifier('FR70ZZZ48142'))).toEqual({
      en: 'a French creditor identifier has 13 characters, got 12',
      fr: 'Un identifiant créancier SEPA français (ICS) comporte 13 caractères (12 saisis)',
    });
  });
});
