/** Helpers every rule uses to build its decision the same way. */
import { makeDecision, type Bilingual, type Decision } from '../kernel/decision.ts';
import type { CivilDate } from '../kernel/dates.ts';
import type { TermsParameterKey, TermsParameters } from '../terms/types.ts';
import type { RuleContext } from './types.ts';

/** Builds a decision citing the rule's article in the context's terms version. */
export function decide<F extends object>(
  rule: { id: string; article: string },
  ctx: RuleContext,
  outcome: string,
  explanation: Bilingual,
  parameters: Record<string, unknown>,
  fields: F,
): Decision<F> {
  return makeDecision(
    {
      rule: rule.id,
      asOf: ctx.asOf,
      outcome,
      citation: { article: rule.article, termsVersion: ctx.terms.version },
      explanation,
      parameters,
    },
    fields,
  );
}

/** The named terms parameters, as recorded in a decision. */
export function usedParameters<K extends TermsParameterKey>(
  ctx: RuleContext,
  keys: readonly K[],
): Pick<TermsParameters, K> {
  const out = {} as Pick<TermsParameters, K>;
  for (const k of keys) out[k] = ctx.terms.parameters[k];
  return out;
}

/**
 * An event date as known on asOf: a date after asOf has not happened yet in this evaluation,
 * so a simulation "as of" an earlier day sees the situation of that day.
 */
export function happenedBy(date: CivilDate | undefined, asOf: CivilDate): CivilDate | undefined {
  return date !== undefined && date <= asOf ? date : undefined;
}
