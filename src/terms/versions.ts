/** Choosing the terms version that governs a date (SPEC: the version in force on the order date). */
import { AppError } from '../kernel/errors.ts';
import type { CivilDate } from '../kernel/dates.ts';
import type { TermsVersion } from './types.ts';

/** The version with the latest effectiveFrom ≤ date; throws terms.none_in_force when none. */
export function termsInForce(versions: readonly TermsVersion[], date: CivilDate): TermsVersion {
  let best: TermsVersion | undefined;
  for (const v of versions) if (v.effectiveFrom <= date && (!best || v.effectiveFrom > best.effectiveFrom)) best = v;
  if (!best) throw new AppError('terms.none_in_force', { detail: `No terms version in force on ${date}` });
  return best;
}
