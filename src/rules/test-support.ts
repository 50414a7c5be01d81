/** Helpers for the rule tests (imported only by *.test.ts files). */
import type { Decision } from '../kernel/decision.ts';
import { AppError } from '../kernel/errors.ts';
import { ALLEO_V1 } from '../terms/alleo-v1.ts';
import type { TermsParameters, TermsVersion } from '../terms/types.ts';
import { evaluate } from './index.ts';

/** ALLEO v1 with some parameters changed. */
export function termsWith(overrides: Partial<TermsParameters>): TermsVersion {
  return { ...ALLEO_V1, version: 'TEST', parameters: { ...ALLEO_V1.parameters, ...overrides } };
}

/** A function evaluating one rule on facts as of a date (ALLEO v1 unless terms are given). */
export function ruleRunner(ruleId: string) {
  return (facts: unknown, asOf: string, terms: TermsVersion = ALLEO_V1): Decision & Record<string, unknown> =>
    evaluate(ruleId, facts, { asOf, terms }) as Decision & Record<string, unknown>;
}

/** The field paths of the rule.invalid_facts error thrown by fn (fails when fn does not throw it). */
export function invalidPaths(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError && e.code === 'rule.invalid_facts') return e.errors.map((x) => x.path);
    throw e;
  }
  throw new Error('expected rule.invalid_facts');
}
