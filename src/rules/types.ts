/** What a rule is: an id, the article it applies, its facts schema and a pure evaluate function. */
import type { z } from 'zod';
import type { CivilDate } from '../kernel/dates.ts';
import type { Bilingual, Decision } from '../kernel/decision.ts';
import type { FieldError } from '../kernel/errors.ts';
import type { EcbRate } from '../terms/ecb-rates.ts';
import type { TermsVersion } from '../terms/types.ts';

/** Everything a rule may read besides its facts. Never the clock: asOf is the day of evaluation. */
export interface RuleContext {
  asOf: CivilDate;
  terms: TermsVersion;
  ecbRates: readonly EcbRate[];
}

/**
 * Where a rule comes from: the catalogue of RULES.md, or a decision a module takes (acceleration,
 * prepayment, assignment…) that the catalogue also exposes so it can be simulated and listed.
 */
export interface ModuleDecision {
  /** The module that calls the rule and records its decision (src/modules/<module>). */
  module: string;
}

/** A rule of the catalogue (RULES.md). */
export interface RuleDefinition<F = unknown> {
  id: string;
  article: string;
  title: Bilingual;
  /** Every outcome the rule may answer (lower-case codes). */
  outcomes: readonly string[];
  /** The rule's own decision fields, in the order the decision carries them (some outcomes carry only some). */
  fields: readonly string[];
  /** Set for a module decision that RULES.md does not name. */
  moduleDecision?: ModuleDecision;
  /** Strict zod object whose output is F: unknown fields are refused. */
  factsSchema: z.ZodType;
  /** Checks across fields once the schema passed; paths are relative to facts. */
  check?(facts: F, ctx: RuleContext): FieldError[];
  evaluate(facts: F, ctx: RuleContext): Decision;
}

/** Declares a rule with its facts type inferred from the schema. */
export function defineRule<S extends z.ZodType>(rule: {
  id: string;
  article: string;
  title: Bilingual;
  outcomes: readonly string[];
  fields: readonly string[];
  moduleDecision?: ModuleDecision;
  factsSchema: S;
  check?(facts: z.output<S>, ctx: RuleContext): FieldError[];
  evaluate(facts: z.output<S>, ctx: RuleContext): Decision;
}): RuleDefinition<z.output<S>> {
  return rule as RuleDefinition<z.output<S>>;
}
