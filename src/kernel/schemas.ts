/**
 * zod building blocks shared by terms and rules, so every facts schema names dates, amounts and
 * rates the same way and the generated JSON Schema carries formats a UI can render.
 */
import { z } from 'zod';
import { CIVIL_DATE_MAX, CIVIL_DATE_MIN, inSupportedDateRange, isCivilDate } from './dates.ts';
import { fieldErrorsFromIssues, type FieldError } from './errors.ts';
import { frenchMessage } from './localize-issue.ts';
import { peopleWords } from './people-words.ts';

/** An issue worded for people in both languages (zod's words only when people-words knows no better). */
function peopleIssue(issue: z.core.$ZodIssue) {
  const params = issue as unknown as Record<string, unknown>;
  const words = peopleWords(issue.code, params, issue.message);
  return {
    ...issue,
    message: words?.en ?? issue.message,
    fr: words?.fr ?? frenchMessage(issue.code, params, issue.message),
  };
}
import { MAX_DOCUMENT_CENTS, MAX_DOCUMENT_EUROS_TEXT, RATE_PERCENT_PATTERN } from './money.ts';

/** The refusal of a well-formed date outside the supported range, in both languages. */
export const DATE_OUT_OF_RANGE = {
  message: `must be between ${CIVIL_DATE_MIN} and ${CIVIL_DATE_MAX}`,
  fr: `doit être comprise entre le ${CIVIL_DATE_MIN} et le ${CIVIL_DATE_MAX}`,
};

/**
 * A civil date 'YYYY-MM-DD' (zod's ISO date check knows month lengths and leap years) within
 * the supported range (CIVIL_DATE_MIN…CIVIL_DATE_MAX).
 */
export const civilDateSchema = z.iso
  .date({ error: 'expected a date YYYY-MM-DD' })
  .refine(
    (d) => !isCivilDate(d) || inSupportedDateRange(d),
    bilingualMessage(DATE_OUT_OF_RANGE.message, DATE_OUT_OF_RANGE.fr),
  );

/** The field error of a date given outside the schemas (a rule's asOf), or null when it is a supported civil date. */
export function civilDateError(path: string, value: unknown): FieldError | null {
  if (!isCivilDate(value))
    return { path, message: 'expected a date YYYY-MM-DD', fr: 'date attendue au format AAAA-MM-JJ' };
  return inSupportedDateRange(value) ? null : { path, ...DATE_OUT_OF_RANGE, code: 'date_out_of_range' };
}

/** An ISO 8601 timestamp with an offset or Z. */
export const timestampSchema = z.iso
  .datetime({ offset: true, error: 'expected an ISO 8601 timestamp with offset, e.g. 2025-03-31T10:00:00+02:00' })
  .refine(
    (t) => !isCivilDate(t.slice(0, 10)) || inSupportedDateRange(t.slice(0, 10)),
    bilingualMessage(DATE_OUT_OF_RANGE.message, DATE_OUT_OF_RANGE.fr),
  );

/** An integer amount of cents up to MAX_DOCUMENT_CENTS (zod's French locale words the refusal in French). */
const cents = () =>
  z
    .int({ error: 'expected an integer amount of cents' })
    .max(MAX_DOCUMENT_CENTS, `at most ${MAX_DOCUMENT_CENTS} cents (${MAX_DOCUMENT_EUROS_TEXT.en})`);

/** A non-negative amount in euro cents, at most MAX_DOCUMENT_CENTS. */
export const centsSchema = cents().min(0, 'must be 0 or more');

/** A strictly positive amount in euro cents, at most MAX_DOCUMENT_CENTS. */
export const positiveCentsSchema = cents().min(1, 'must be more than 0');

/** A rate in percent as a decimal string: "10", "5.5", "13.15". */
export const ratePercentSchema = z
  .string()
  .regex(RATE_PERCENT_PATTERN, 'expected a percent as a decimal string, e.g. "10" or "5.5"');

/**
 * The message of a custom check in both languages, for `.refine(check, bilingualMessage(en, fr))`
 * or `ctx.addIssue({ code: 'custom', path, ...bilingualMessage(en, fr) })`. zod keeps the English
 * as the issue's message; the French rides in the issue's params, which reach the error handler.
 */
export function bilingualMessage(en: string, fr: string): { message: string; params: { fr: string } } {
  return { message: en, params: { fr } };
}

/** The refusal of an update body without a field, `.refine((b) => Object.keys(b).length > 0, NOTHING_TO_CHANGE)`. */
export const NOTHING_TO_CHANGE = bilingualMessage('Nothing to change', 'Aucune modification demandée');

/**
 * zod issues → field errors with dotted paths under prefix, in English and French. An
 * unknown-field issue is reported once per unknown field, at that field's path, so the message
 * names the field itself.
 */
export function zodFieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push(
          ...fieldErrorsFromIssues(
            [
              {
                path: [...issue.path, key],
                message: `unknown field "${key}"`,
                fr: `champ inconnu « ${key} »`,
                code: issue.code,
              },
            ],
            prefix,
          ),
        );
      }
    } else {
      out.push(...fieldErrorsFromIssues([peopleIssue(issue)], prefix));
    }
  }
  return out;
}
