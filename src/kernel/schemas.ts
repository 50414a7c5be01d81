/**
 * zod building blocks shared by terms and rules, so every facts schema names dates, amounts and
 * rates the same way and the generated JSON Schema carries formats a UI can render.
 */
import { z } from 'zod';
import { fieldErrorsFromIssues, type FieldError } from './errors.ts';
import { RATE_PERCENT_PATTERN } from './money.ts';

/** A civil date 'YYYY-MM-DD' (zod's ISO date check knows month lengths and leap years). */
export const civilDateSchema = z.iso.date({ error: 'expected a date YYYY-MM-DD' });

/** An ISO 8601 timestamp with an offset or Z. */
export const timestampSchema = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 timestamp with offset, e.g. 2025-03-31T10:00:00+02:00' });

/** A non-negative amount in euro cents. */
export const centsSchema = z.int({ error: 'expected an integer amount of cents' }).min(0, 'must be 0 or more');

/** A strictly positive amount in euro cents. */
export const positiveCentsSchema = z.int({ error: 'expected an integer amount of cents' }).min(1, 'must be more than 0');

/** A rate in percent as a decimal string: "10", "5.5", "13.15". */
export const ratePercentSchema = z.string().regex(RATE_PERCENT_PATTERN, 'expected a percent as a decimal string, e.g. "10" or "5.5"');

/**
 * zod issues → field errors with dotted paths under prefix. An unknown-field issue is reported
 * once per unknown field, at that field's path, so the message names the field itself.
 */
export function zodFieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push(...fieldErrorsFromIssues([{ path: [...issue.path, key], message: `unknown field "${key}"`, code: issue.code }], prefix));
      }
    } else {
      out.push(...fieldErrorsFromIssues([issue], prefix));
    }
  }
  return out;
}
