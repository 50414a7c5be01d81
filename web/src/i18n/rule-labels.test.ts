/**
 * The rule simulator lists the catalogue from GET /api/rules and labels facts, decision fields
 * and outcomes from the dictionaries: every rule of the registry, module decisions included,
 * must find its labels in both languages.
 */
import { describe, expect, it } from 'vitest';
import { CONTRACT_STATUSES } from '../../../src/modules/contracts/index.ts';
import { listRules, RULES } from '../../../src/rules/index.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

type Schema = { properties?: Record<string, Schema>; items?: Schema };

function factNames(schema: Schema): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, p]) => [name, ...factNames(p.items ?? p)]);
}

const missing = (keys: string[]) => keys.filter((k) => !(k in en) || !(k in fr));
/** The label a timeline shows for an outcome: the rule's own, else the shared one (useI18n().outcome). */
const labelled = (rule: string, outcome: string) =>
  [`outcome.${rule}.${outcome}`, `outcome.${outcome}`].some((k) => k in en && k in fr);

// Decisions modules build themselves (not in the catalogue): their rule and every outcome they record.
const BUILT_BY_MODULES: [string, readonly string[]][] = [
  ['contract.status', CONTRACT_STATUSES],
  ['contract.client-change', ['refused']],
  ['quote.acceptance', ['refused']],
  ['return.authorisation', ['agreed', 'refused']],
  ['termination.financial-situation', ['terminable']],
  ['warranty.claim', ['accepted', 'refused']],
];

describe('labels of the rule catalogue', () => {
  it('every outcome of every rule has a French and an English label', () => {
    expect(missing(RULES.flatMap((r) => r.outcomes.map((o) => `outcome.${o}`)))).toEqual([]);
  });
  it('every outcome of the decisions modules build has a label in both languages', () => {
    const unlabelled = BUILT_BY_MODULES.flatMap(([rule, outcomes]) =>
      outcomes.filter((o) => !labelled(rule, o)).map((o) => `${rule}: ${o}`),
    );
    expect(unlabelled).toEqual([]);
  });
  it("a contract status change reads as the status it moves to, not as another rule's outcome", () => {
    expect(CONTRACT_STATUSES.filter((s) => !(`outcome.contract.status.${s}` in fr))).toEqual([]);
  });
  it('every fact of every rule has a French and an English label', () => {
    expect(
      missing([...new Set(listRules().flatMap((r) => factNames(r.factsJsonSchema as Schema).map((f) => `fact.${f}`)))]),
    ).toEqual([]);
  });
  it('every decision field of every rule has a French and an English label (periods have their own table)', () => {
    expect(missing(RULES.flatMap((r) => r.fields.filter((f) => f !== 'periods').map((f) => `field.${f}`)))).toEqual([]);
  });
});
