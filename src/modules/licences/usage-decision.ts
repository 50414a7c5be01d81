/**
 * The decision on a usage report: rule licence.usage of the catalogue (src/rules, art. 14.4 and
 * 14.5) — use beyond the licensed users is flagged as over-usage.
 */
import type { Decision } from '../../kernel/decision.ts';
import { evaluate } from '../../rules/index.ts';
import type { TermsVersion } from '../../terms/index.ts';

export function licenceUsageDecision(input: {
  asOf: string;
  terms: TermsVersion;
  solution: string;
  licensedUsers: number;
  usersCount: number;
  observedOn: string;
}): Decision {
  const { solution, licensedUsers, usersCount, observedOn } = input;
  return evaluate(
    'licence.usage',
    { solution, licensedUsers, usersCount, observedOn },
    { asOf: input.asOf, terms: input.terms },
  );
}
