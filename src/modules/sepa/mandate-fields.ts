/**
 * The fields of a SEPA mandate, checked (pure): the unique mandate reference (EPC rules: 1–35
 * characters of the SEPA Latin set, no space, no leading/trailing or double '/'), the scheme, the
 * signature date (not in the future), the debtor's IBAN (ISO 13616, mod 97) and BIC (ISO 9362).
 * Every problem names its field, in English and French.
 */
import type { FieldError } from '../../kernel/errors.ts';
import { validateBic, validateIban } from '../../kernel/identifiers.ts';
import { sepaIdProblem, sepaText } from './pain008.ts';

export interface MandateInput {
  reference?: string | undefined;
  scheme?: 'CORE' | 'B2B' | undefined;
  signedOn?: string | undefined;
  debtorName?: string | undefined;
  debtorIban?: string | undefined;
  debtorBic?: string | null | undefined;
}

export interface MandateFields {
  reference?: string;
  scheme?: 'CORE' | 'B2B';
  signedOn?: string;
  debtorName?: string;
  debtorIban?: string;
  debtorBic?: string | null;
}

export function checkMandateFields(
  input: MandateInput,
  today: string,
): { ok: true; value: MandateFields } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value: MandateFields = {};
  if (input.reference !== undefined) {
    const reference = input.reference.trim();
    const problem = sepaIdProblem(reference);
    if (problem)
      errors.push({
        path: 'reference',
        message: `invalid mandate reference (UMR): ${problem}`,
        fr: "RUM invalide : 1 à 35 caractères (lettres sans accent, chiffres, / - ? : ( ) . , ' +), sans espace, ni « / » au début, à la fin ou doublé",
      });
    else value.reference = reference;
  }
  if (input.scheme !== undefined) value.scheme = input.scheme;
  if (input.signedOn !== undefined) {
    if (input.signedOn > today)
      errors.push({
        path: 'signedOn',
        message: `a mandate cannot be signed after today (${today})`,
        fr: `un mandat ne peut pas être signé après aujourd'hui (${today})`,
      });
    else value.signedOn = input.signedOn;
  }
  if (input.debtorName !== undefined) {
    const name = input.debtorName.trim();
    if (!sepaText(name, 70))
      errors.push({
        path: 'debtorName',
        message: 'the debtor name is empty in the SEPA character set',
        fr: 'le nom du débiteur est vide une fois écrit en caractères SEPA',
      });
    else value.debtorName = name;
  }
  if (input.debtorIban !== undefined) {
    const iban = validateIban(input.debtorIban);
    if (!iban.ok) errors.push({ path: 'debtorIban', message: iban.message, fr: iban.fr });
    else value.debtorIban = iban.normalized;
  }
  if (input.debtorBic !== undefined) {
    if (input.debtorBic === null || input.debtorBic.trim() === '') value.debtorBic = null;
    else {
      const bic = validateBic(input.debtorBic);
      if (!bic.ok) errors.push({ path: 'debtorBic', message: bic.message, fr: bic.fr });
      else value.debtorBic = bic.normalized;
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}
