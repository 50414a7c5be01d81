/**
 * The identity and payment fields of a client checked together, as they would be stored:
 * SIREN, SIRET (its first 9 digits are the SIREN), VAT number (a French one is built on the
 * SIREN), IBAN, BIC and the SEPA mandate that direct debit needs. Pure: every problem is returned
 * at once, each at its field, with the normalized values to store when all is well.
 */
import { formatDateFr } from '../../kernel/dates.ts';
import type { FieldError } from '../../kernel/errors.ts';
import {
  type IdentifierResult,
  validateBic,
  validateIban,
  validateSiren,
  validateSiret,
  validateVatNumber,
  vatMatchesSiren,
} from '../../kernel/identifiers.ts';
import type { PaymentMethod } from './clients.schemas.ts';

export interface ClientFieldsIn {
  siren: string;
  siret: string | null;
  vatNumber: string | null;
  paymentMethod: PaymentMethod;
  iban: string | null;
  bic: string | null;
  mandateReference: string | null;
  mandateSignedOn: string | null;
  publicBuyer: boolean;
}

export interface ClientFieldsOut {
  siren: string;
  siret: string | null;
  vatNumber: string | null;
  iban: string | null;
  bic: string | null;
  mandateReference: string | null;
  mandateSignedOn: string | null;
}

export type ClientFieldsResult = { ok: true; value: ClientFieldsOut } | { ok: false; errors: FieldError[] };

/**
 * SEPA mandate reference (RUM): at most 35 characters of the SEPA Latin set; the EPC rules
 * forbid a leading or trailing "/" and "//" inside.
 */
export function validateMandateReference(input: string): IdentifierResult {
  const rum = input.trim();
  if (rum.length === 0 || rum.length > 35)
    return {
      ok: false,
      message: 'a mandate reference has 1 to 35 characters',
      fr: 'une référence unique de mandat (RUM) comporte de 1 à 35 caractères',
    };
  if (!/^[A-Za-z0-9/?:().,'+ -]+$/.test(rum))
    return {
      ok: false,
      message: "a mandate reference uses only letters, digits, spaces and / - ? : ( ) . , ' +",
      fr: "une RUM ne contient que des lettres (sans accent), des chiffres, des espaces et les signes / - ? : ( ) . , ' +",
    };
  if (rum.startsWith('/') || rum.endsWith('/') || rum.includes('//'))
    return {
      ok: false,
      message: 'a mandate reference cannot start or end with "/" nor contain "//"',
      fr: 'une RUM ne peut ni commencer ni finir par « / », ni contenir « // »',
    };
  return { ok: true, normalized: rum };
}

/** '' and whitespace mean "none", as forms send them. */
const present = (v: string | null): string | null => (v === null || v.trim() === '' ? null : v);

/** Checks the fields; `today` (Europe/Paris) bounds the mandate signature date. */
export function checkClientFields(f: ClientFieldsIn, today: string): ClientFieldsResult {
  const errors: FieldError[] = [];
  const err = (path: string, message: string, fr: string) => errors.push({ path, message, fr });

  const siren = validateSiren(f.siren);
  if (!siren.ok) err('siren', siren.message, siren.fr);

  let siret: string | null = null;
  const siretIn = present(f.siret);
  if (siretIn !== null) {
    const r = validateSiret(siretIn);
    if (!r.ok) err('siret', r.message, r.fr);
    else if (siren.ok && !r.normalized.startsWith(siren.normalized))
      err(
        'siret',
        `SIRET must start with the SIREN ${siren.normalized}`,
        `le SIRET doit commencer par le SIREN ${siren.normalized}`,
      );
    else siret = r.normalized;
  }

  let vatNumber: string | null = null;
  const vatIn = present(f.vatNumber);
  if (vatIn !== null) {
    const r = validateVatNumber(vatIn);
    if (!r.ok) err('vatNumber', r.message, r.fr);
    else if (siren.ok && r.normalized.startsWith('FR') && !vatMatchesSiren(r.normalized, siren.normalized))
      err(
        'vatNumber',
        `a French VAT number must be built on the SIREN ${siren.normalized}`,
        `un numéro de TVA français doit être formé à partir du SIREN ${siren.normalized}`,
      );
    else vatNumber = r.normalized;
  }

  let iban: string | null = null;
  const ibanIn = present(f.iban);
  if (ibanIn !== null) {
    const r = validateIban(ibanIn);
    if (!r.ok) err('iban', r.message, r.fr);
    else iban = r.normalized;
  }

  let bic: string | null = null;
  const bicIn = present(f.bic);
  if (bicIn !== null) {
    const r = validateBic(bicIn);
    if (!r.ok) err('bic', r.message, r.fr);
    else bic = r.normalized;
  }

  let mandateReference: string | null = null;
  const rumIn = present(f.mandateReference);
  if (rumIn !== null) {
    const r = validateMandateReference(rumIn);
    if (!r.ok) err('mandateReference', r.message, r.fr);
    else mandateReference = r.normalized;
  }
  if (f.mandateSignedOn !== null && f.mandateSignedOn > today)
    err(
      'mandateSignedOn',
      `a mandate cannot be signed after today (${today})`,
      `un mandat ne peut pas être signé après aujourd'hui (${formatDateFr(today)})`,
    );

  if (f.paymentMethod === 'direct-debit') {
    // A SEPA debit needs the debtor's account and the signed mandate it is collected under.
    if (ibanIn === null) err('iban', 'required for direct debit', 'obligatoire pour un prélèvement SEPA');
    if (rumIn === null)
      err('mandateReference', 'required for direct debit (RUM)', 'obligatoire pour un prélèvement SEPA (RUM)');
    if (f.mandateSignedOn === null)
      err(
        'mandateSignedOn',
        'required for direct debit',
        'obligatoire pour un prélèvement SEPA (date de signature du mandat)',
      );
  }
  if (f.paymentMethod === 'administrative-mandate' && !f.publicBuyer)
    err(
      'paymentMethod',
      'only a public buyer pays by administrative mandate',
      'seul un acheteur public règle par mandat administratif',
    );

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      siren: siren.ok ? siren.normalized : f.siren,
      siret,
      vatNumber,
      iban,
      bic,
      mandateReference,
      mandateSignedOn: f.mandateSignedOn,
    },
  };
}
