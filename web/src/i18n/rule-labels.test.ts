/**
 * The rule simulator lists the catalogue from GET /api/rules and labels facts, decision fields
 * and outcomes from the dictionaries: every rule of the registry, module decisions included,
 * must find its labels in both languages.
 */
import { describe, expect, it } from 'vitest';
import { listRules, RULES } from '../../../src/rules/index.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

type Schema = { properties?: Record<string, Schema>; items?: Schema };

function factNames(schema: Schema): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, p]) => [name, ...factNames(p.items ?? p)]);
}

const missing = (keys: string[]) => keys.filter((k) => !(k in en) || !(k in fr));

describe('labels of the rule catalogue', () => {
  it('every outcome of every rule has a French and an English label', () => {
    expect(missing(RULES.flatMap((r) => r.outcomes.map((o) => `outcome.${o}`)))).toEqual([]);
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
