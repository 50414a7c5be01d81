/**
 * Company and bank identifiers: SIREN, SIRET, intra-EU VAT number, IBAN, BIC, SEPA creditor
 * identifier (ICS).
 * Pure validators: they return the normalized form (what is stored and printed from) or a short
 * message in English and French, never throw, so forms and API schemas can name the bad field.
 */

/** Outcome of a validator: the normalized identifier, or why it was refused (`message` English, `fr` French, as in FieldError). */
export type IdentifierResult = { ok: true; normalized: string } | { ok: false; message: string; fr: string };

const valid = (normalized: string): IdentifierResult => ({ ok: true, normalized });
const invalid = (message: string, fr: string): IdentifierResult => ({ ok: false, message, fr });

/** Input as people type it: any whitespace (including no-break spaces) removed. */
function compact(input: string): string {
  return input.replace(/\s+/g, '');
}

/** Luhn (mod 10) check over a string of digits, the key of SIREN and SIRET numbers. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** SIREN: 9 digits with a Luhn key ("481 422 475" → "481422475"). */
export function validateSiren(input: string): IdentifierResult {
  const siren = compact(input);
  if (!/^\d{9}$/.test(siren)) return invalid('SIREN must be 9 digits', 'Le SIREN doit comporter 9 chiffres');
  if (!luhnValid(siren))
    return invalid(
      'SIREN checksum (Luhn) does not match',
      'SIREN invalide : la clé de contrôle (Luhn) ne correspond pas',
    );
  return valid(siren);
}

/**
 * La Poste has more establishments than a Luhn-keyed NIC can number, so INSEE keys its newer
 * SIRETs by another rule: the sum of the 14 digits is a multiple of 5. Its older SIRETs, the head
 * office 356 000 000 00048 among them, still carry a Luhn key, so either rule makes it valid.
 */
export const LA_POSTE_SIREN = '356000000';

function digitSum(digits: string): number {
  let sum = 0;
  for (const c of digits) sum += c.charCodeAt(0) - 48;
  return sum;
}

/** SIRET: 14 digits with a Luhn key (La Poste: Luhn, or digit sum a multiple of 5). */
export function validateSiret(input: string): IdentifierResult {
  const siret = compact(input);
  if (!/^\d{14}$/.test(siret)) return invalid('SIRET must be 14 digits', 'Le SIRET doit comporter 14 chiffres');
  if (siret.startsWith(LA_POSTE_SIREN)) {
    return luhnValid(siret) || digitSum(siret) % 5 === 0
      ? valid(siret)
      : invalid(
          'SIRET checksum (La Poste rule) does not match',
          'SIRET invalide : la clé de contrôle (règle propre à La Poste) ne correspond pas',
        );
  }
  if (!luhnValid(siret.slice(0, 9)))
    return invalid(
      'SIREN part of the SIRET fails its checksum',
      'SIRET invalide : la clé de contrôle du SIREN (9 premiers chiffres) ne correspond pas',
    );
  if (!luhnValid(siret))
    return invalid(
      'SIRET checksum (Luhn) does not match',
      'SIRET invalide : la clé de contrôle (Luhn) ne correspond pas',
    );
  return valid(siret);
}

/** The numeric key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97, on 2 digits. */
export function frenchVatKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

/**
 * Formats of the member states' VAT numbers, prefix included (the European Commission's VIES
 * formats). Greece uses EL, not its ISO code GR; XI is Northern Ireland, still in the EU VAT
 * area for goods. France is checked apart (its key is computable).
 */
const EU_VAT_FORMATS: Record<string, RegExp> = {
  AT: /^ATU\d{8}$/,
  BE: /^BE[01]\d{9}$/,
  BG: /^BG\d{9,10}$/,
  CY: /^CY\d{8}[A-Z]$/,
  CZ: /^CZ\d{8,10}$/,
  DE: /^DE\d{9}$/,
  DK: /^DK\d{8}$/,
  EE: /^EE\d{9}$/,
  EL: /^EL\d{9}$/,
  ES: /^ES(?=.*[A-Z])[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^FI\d{8}$/,
  FR: /^FR[0-9A-HJ-NP-Z]{2}\d{9}$/,
  HR: /^HR\d{11}$/,
  HU: /^HU\d{8}$/,
  IE: /^IE(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^IT\d{11}$/,
  LT: /^LT(\d{9}|\d{12})$/,
  LU: /^LU\d{8}$/,
  LV: /^LV\d{11}$/,
  MT: /^MT\d{8}$/,
  NL: /^NL\d{9}B\d{2}$/,
  PL: /^PL\d{10}$/,
  PT: /^PT\d{9}$/,
  RO: /^RO[1-9]\d{1,9}$/,
  SE: /^SE\d{10}01$/,
  SI: /^SI\d{8}$/,
  SK: /^SK\d{10}$/,
  XI: /^XI(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
};

/** The prefixes accepted by validateVatNumber (27 member states as VAT prefixes, plus XI). */
export const EU_VAT_PREFIXES: readonly string[] = Object.keys(EU_VAT_FORMATS);

/**
 * Intra-EU VAT number, normalized upper-case without spaces, dots or hyphens. French numbers
 * are checked fully (valid SIREN, numeric key recomputed); others by their country's format only.
 */
export function validateVatNumber(input: string): IdentifierResult {
  const vat = compact(input).replace(/[.-]/g, '').toUpperCase();
  const prefix = vat.slice(0, 2);
  if (prefix === 'GR')
    return invalid(
      'Greek VAT numbers start with EL, not GR',
      'Les numéros de TVA grecs commencent par EL, et non par GR',
    );
  const format = EU_VAT_FORMATS[prefix];
  if (!format) {
    return /^[A-Z]{2}/.test(vat)
      ? invalid(
          `VAT number prefix ${prefix} is not an EU VAT prefix`,
          `Le préfixe ${prefix} n'est pas un préfixe de TVA intracommunautaire`,
        )
      : invalid(
          'VAT number must start with a 2-letter country prefix',
          'Le numéro de TVA doit commencer par le préfixe du pays (2 lettres)',
        );
  }
  if (!format.test(vat))
    return invalid(`VAT number does not match the ${prefix} format`, `Numéro de TVA non conforme au format ${prefix}`);
  if (prefix !== 'FR') return valid(vat);
  const siren = vat.slice(4);
  if (!luhnValid(siren))
    return invalid(
      'SIREN part of the VAT number fails its checksum',
      "Numéro de TVA invalide : la clé de contrôle du SIREN qu'il contient ne correspond pas",
    );
  const key = vat.slice(2, 4);
  // Keys with letters come from a second, unpublished scheme: only the numeric key is computable.
  if (/^\d{2}$/.test(key) && key !== frenchVatKey(siren))
    return invalid(
      `VAT key ${key} does not match the SIREN (expected ${frenchVatKey(siren)})`,
      `Numéro de TVA invalide : la clé ${key} ne correspond pas au SIREN (clé attendue : ${frenchVatKey(siren)})`,
    );
  return valid(vat);
}

/** True when vat is a valid French VAT number built on this SIREN. */
export function vatMatchesSiren(vat: string, siren: string): boolean {
  const v = validateVatNumber(vat);
  const s = validateSiren(siren);
  return v.ok && s.ok && v.normalized.startsWith('FR') && v.normalized.slice(4) === s.normalized;
}

/**
 * IBAN length per country: every SEPA country, plus a few partners of French companies.
 * A country not listed is refused rather than guessed.
 */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
  AE: 23,
  AL: 28,
  BA: 20,
  BR: 29,
  GE: 22,
  IL: 23,
  ME: 22,
  MK: 19,
  RS: 22,
  SA: 24,
  TN: 24,
  TR: 26,
  UA: 29,
};

/** ISO 7064 mod 97 of a string of digits and letters (A = 10 … Z = 35), chunked to stay exact. */
function mod97(text: string): number {
  let remainder = 0;
  for (const c of text) {
    const code = c.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder;
}

/** IBAN (ISO 13616): country, check digits (mod 97 = 1), length of the country; no spaces. */
export function validateIban(input: string): IdentifierResult {
  const iban = compact(input).toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban))
    return invalid(
      'IBAN must be a country code, 2 check digits and letters or digits',
      "L'IBAN doit comporter le code du pays, 2 chiffres de contrôle, puis des lettres ou des chiffres",
    );
  const country = iban.slice(0, 2);
  const length = IBAN_LENGTHS[country];
  if (length === undefined)
    return invalid(`IBAN country ${country} is not supported`, `IBAN du pays ${country} non pris en charge`);
  if (iban.length !== length)
    return invalid(
      `IBAN of ${country} must have ${length} characters, got ${iban.length}`,
      `Un IBAN ${country} comporte ${length} caractères (${iban.length} saisis)`,
    );
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1)
    return invalid('IBAN check digits do not match', 'IBAN invalide : la clé de contrôle ne correspond pas');
  return valid(iban);
}

/** "FR7630006000011234567890189" → "FR76 3000 6000 0112 3456 7890 189" (print form). */
export function formatIban(iban: string): string {
  return compact(iban)
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
}

/** BIC (ISO 9362): institution (4), country (2 letters), location (2), optional branch (3). */
export function validateBic(input: string): IdentifierResult {
  const bic = compact(input).toUpperCase();
  if (bic.length !== 8 && bic.length !== 11)
    return invalid('BIC must have 8 or 11 characters', 'Le BIC doit comporter 8 ou 11 caractères');
  if (!/^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic))
    return invalid(
      'BIC must be institution, country, location and optional branch codes',
      "Le BIC doit se composer des codes banque, pays et localité, puis, s'il y a lieu, du code agence",
    );
  return valid(bic);
}

/** The countries of the SEPA scheme (EPC list): they alone issue SEPA creditor identifiers. */
const SEPA_COUNTRIES: ReadonlySet<string> = new Set([
  'AD',
  'AT',
  'BE',
  'BG',
  'CH',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GB',
  'GI',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'LV',
  'MC',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'SM',
  'VA',
]);

/**
 * SEPA creditor identifier (ICS, "identifiant créancier SEPA", EPC262-08): country (2 letters),
 * check digits (2), creditor business code (3 characters, "ZZZ" when unused), national identifier
 * (at most 28 letters or digits; in France 6, so 13 characters in all). The check digits are
 * ISO 7064 mod 97-10, as for an IBAN, computed on the national identifier followed by the country
 * and the check digits; the business code is left out, so the creditor may change it freely.
 */
export function validateCreditorIdentifier(input: string): IdentifierResult {
  const ics = compact(input).toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/.test(ics)) {
    return invalid(
      'creditor identifier must be a country code, 2 check digits, a 3-character business code and the national identifier',
      "L'identifiant créancier SEPA (ICS) doit comporter le code du pays, 2 chiffres de contrôle, un code activité de 3 caractères puis l'identifiant national",
    );
  }
  const country = ics.slice(0, 2);
  if (!SEPA_COUNTRIES.has(country))
    return invalid(
      `creditor identifier country ${country} is not in the SEPA area`,
      `Le pays ${country} ne fait pas partie de la zone SEPA : pas d'identifiant créancier SEPA`,
    );
  if (country === 'FR' && ics.length !== 13)
    return invalid(
      `a French creditor identifier has 13 characters, got ${ics.length}`,
      `Un identifiant créancier SEPA français (ICS) comporte 13 caractères (${ics.length} saisis)`,
    );
  if (mod97(ics.slice(7) + ics.slice(0, 4)) !== 1)
    return invalid(
      'creditor identifier check digits do not match',
      'ICS invalide : la clé de contrôle ne correspond pas',
    );
  return valid(ics);
}
