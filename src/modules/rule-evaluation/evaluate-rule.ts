import type { AppContext } from '../../context.ts';
import type { Decision } from '../../kernel/decision.ts';
import { AppError } from '../../kernel/errors.ts';
import { civilDateError } from '../../kernel/schemas.ts';
import { evaluate, findRule } from '../../rules/index.ts';
import { loadEcbRates } from '../ecb-rates/index.ts';
import { publishedTerms, termsInForce } from '../terms-versions/index.ts';

export interface EvaluateInput {
  asOf: string;
  facts: unknown;
  termsVersion?: string;
}

/**
 * Evaluates a rule with the organisation's terms (the version named, else the one in force on
 * asOf) and the ECB table of the database: the same function the sweep and the screens use.
 */
export async function evaluateRule(
  ctx: AppContext,
  orgId: string,
  ruleId: string,
  input: EvaluateInput,
): Promise<Decision> {
  if (!findRule(ruleId)) throw new AppError('rule.not_found', { detail: `Unknown rule ${JSON.stringify(ruleId)}` });
  const asOfError = civilDateError('asOf', input.asOf);
  if (asOfError) throw new AppError('rule.invalid_facts', { errors: [asOfError] });
  const terms = input.termsVersion
    ? await publishedTerms(ctx, orgId, input.termsVersion)
    : await termsInForce(ctx, orgId, input.asOf);
  const ecbRates = await loadEcbRates(ctx);
  return evaluate(ruleId, input.facts, { asOf: input.asOf, terms, ecbRates });
}
