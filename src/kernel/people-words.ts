/**
 * Field errors worded for people, in English and French, from a zod issue's code and parameters:
 * "Ce champ est obligatoire", not zod's "Trop petit : chaîne de caractères doit avoir >=1
 * caractères". Every validation error of the API goes through here (the problem handler and
 * zodFieldErrors), so a form shows the same words whatever check refused it. An issue this does
 * not know keeps zod's wording (null).
 */
import type { Bilingual } from './decision.ts';

const nf = (n: number, lang: 'fr' | 'en') => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(n);

function both(fr: string, en: string): Bilingual {
  return { fr, en };
}

const EXPECTED: Record<string, Bilingual> = {
  string: both('Saisissez un texte', 'Enter a text'),
  number: both('Saisissez un nombre', 'Enter a number'),
  int: both('Saisissez un nombre entier', 'Enter a whole number'),
  boolean: both('Choisissez oui ou non', 'Choose yes or no'),
  array: both('Une liste est attendue', 'A list is expected'),
  object: both('Des informations détaillées sont attendues', 'Details are expected'),
};

const FORMATS: Record<string, Bilingual> = {
  email: both('Adresse e-mail invalide (exemple : nom@societe.fr)', 'Invalid e-mail address (e.g. name@company.com)'),
  url: both('Adresse web invalide', 'Invalid web address'),
  uuid: both('Identifiant invalide', 'Invalid identifier'),
  date: both('Date invalide (JJ/MM/AAAA)', 'Invalid date'),
  datetime: both('Date et heure invalides', 'Invalid date and time'),
};

export const REQUIRED = both('Ce champ est obligatoire', 'This field is required');

function minimum(origin: string, min: number, inclusive: boolean): Bilingual | null {
  if (origin === 'string')
    return min <= 1
      ? REQUIRED
      : both(`Saisissez au moins ${nf(min, 'fr')} caractères`, `Enter at least ${nf(min, 'en')} characters`);
  if (origin === 'array' || origin === 'set')
    return min <= 1
      ? both('Ajoutez au moins un élément', 'Add at least one item')
      : both(`Ajoutez au moins ${nf(min, 'fr')} éléments`, `Add at least ${nf(min, 'en')} items`);
  if (origin === 'number' || origin === 'int' || origin === 'bigint')
    return inclusive
      ? both(`La valeur doit être au moins ${nf(min, 'fr')}`, `The value must be at least ${nf(min, 'en')}`)
      : both(`La valeur doit être supérieure à ${nf(min, 'fr')}`, `The value must be greater than ${nf(min, 'en')}`);
  return null;
}

function maximum(origin: string, max: number, inclusive: boolean): Bilingual | null {
  if (origin === 'string') return both(`${nf(max, 'fr')} caractères au plus`, `${nf(max, 'en')} characters at most`);
  if (origin === 'array' || origin === 'set')
    return both(`${nf(max, 'fr')} éléments au plus`, `${nf(max, 'en')} items at most`);
  if (origin === 'number' || origin === 'int' || origin === 'bigint')
    return inclusive
      ? both(`La valeur doit être au plus ${nf(max, 'fr')}`, `The value must be at most ${nf(max, 'en')}`)
      : both(`La valeur doit être inférieure à ${nf(max, 'fr')}`, `The value must be less than ${nf(max, 'en')}`);
  return null;
}

/** The people words for a zod issue (code + parameters), or null to keep zod's own. */
export function peopleWords(code: string, params: Record<string, unknown>, englishMessage: string): Bilingual | null {
  switch (code) {
    case 'invalid_type': {
      // Nothing received at all (undefined or null): the field is missing.
      if (/received (undefined|null)\b/.test(englishMessage)) return REQUIRED;
      return EXPECTED[String(params.expected)] ?? null;
    }
    case 'too_small':
      return minimum(String(params.origin), Number(params.minimum), params.inclusive !== false);
    case 'too_big':
      return maximum(String(params.origin), Number(params.maximum), params.inclusive !== false);
    case 'invalid_format':
      return FORMATS[String(params.format)] ?? both('Format invalide', 'Invalid format');
    case 'invalid_value':
    case 'invalid_enum_value':
      return both('Choisissez une des valeurs proposées', 'Choose one of the values offered');
    case 'not_multiple_of':
      return both('Nombre de décimales trop élevé', 'Too many decimals');
    default:
      return null;
  }
}
