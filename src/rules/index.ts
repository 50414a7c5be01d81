/**
 * The clause engine's public entry: evaluate a rule on facts as of a date, list the catalogue.
 * The same function serves the API, the command line, the daily sweep and the screens.
 */
import { z } from 'zod';
import type { CivilDate } from '../kernel/dates.ts';
import type { Bilingual, Decision } from '../kernel/decision.ts';
import { AppError, type FieldError } from '../kernel/errors.ts';
import { civilDateError, zodFieldErrors } from '../kernel/schemas.ts';
import { ECB_MRO_RATES, type EcbRate } from '../terms/ecb-rates.ts';
import type { TermsVersion } from '../terms/types.ts';
import { findRule, RULES } from './registry.ts';
import type { RuleContext } from './types.ts';

export type { RuleContext, RuleDefinition } from './types.ts';
export { RULES, findRule } from './registry.ts';
export { lateRateOnFirstDay } from './invoice-late-payment.ts';

/** Context of an evaluation: the day it is made for, the terms version, optional ECB history. */
export interface EvaluateContext {
  asOf: CivilDate;
  terms: TermsVersion;
  /** ECB MRO history; defaults to the table shipped with the product. */
  ecbRates?: readonly EcbRate[];
}

/**
 * Evaluates rule `ruleId` on `facts` as of `ctx.asOf`. Throws AppError 'rule.not_found' for an
 * unknown rule and 'rule.invalid_facts' (errors naming 'asOf' or 'facts.<field>') for bad input.
 */
export function evaluate(ruleId: string, facts: unknown, ctx: EvaluateContext): Decision {
  const rule = findRule(ruleId);
  if (!rule)
    throw new AppError('rule.not_found', { detail: `Unknown rule ${JSON.stringify(ruleId)}`, extra: { ruleId } });
  const errors: FieldError[] = [];
  const asOfError = civilDateError('asOf', ctx.asOf);
  if (asOfError) errors.push(asOfError);
  const parsed = rule.factsSchema.safeParse(facts);
  if (!parsed.success) errors.push(...zodFieldErrors(parsed.error, 'facts'));
  if (errors.length > 0 || !parsed.success) throw new AppError('rule.invalid_facts', { errors });
  const context: RuleContext = { asOf: ctx.asOf, terms: ctx.terms, ecbRates: ctx.ecbRates ?? ECB_MRO_RATES };
  const crossErrors = rule.check?.(parsed.data, context) ?? [];
  if (crossErrors.length > 0)
    throw new AppError('rule.invalid_facts', { errors: crossErrors.map((e) => ({ ...e, path: `facts.${e.path}` })) });
  return rule.evaluate(parsed.data, context);
}

/** One entry of the catalogue, with the JSON Schema of its facts (for forms and the CLI). */
export interface RuleListing {
  id: string;
  article: string;
  title: Bilingual;
  factsJsonSchema: Record<string, unknown>;
}

let listing: RuleListing[] | undefined;

/** The catalogue: id, article, title and facts JSON Schema of every rule. */
export function listRules(): RuleListing[] {
  listing ??= RULES.map((r) => ({
    id: r.id,
    article: r.article,
    title: r.title,
    factsJsonSchema: z.toJSONSchema(r.factsSchema, { io: 'input' }) as Record<string, unknown>,
  }));
  return listing.map((l) => structuredClone(l));
}
