import { AppError } from '../../kernel/errors.ts';
import { zodFieldErrors } from '../../kernel/schemas.ts';
import { type TermsVersion, termsVersionSchema } from '../../terms/index.ts';

/** A terms version as the schema accepts it, or 400 naming each bad field. */
export function validate(candidate: unknown): TermsVersion {
  const parsed = termsVersionSchema.safeParse(candidate);
  if (!parsed.success) throw new AppError('request.invalid', { errors: zodFieldErrors(parsed.error) });
  return parsed.data;
}
