import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { makeDecision } from './decision.ts';
import { fieldErrorIn } from './errors.ts';
import {
  bilingualMessage,
  centsSchema,
  civilDateSchema,
  ratePercentSchema,
  timestampSchema,
  zodFieldErrors,
} from './schemas.ts';

describe('shared schemas', () => {
  it.each([
    [civilDateSchema, '2024-02-29', true],
    [civilDateSchema, '2023-02-29', false],
    [centsSchema, 0, true],
    [centsSchema, -1, false],
    [centsSchema, 1.5, false],
    [ratePercentSchema, '13.15', true],
    [ratePercentSchema, '13,15', false],
    [timestampSchema, '2025-01-01T00:00:00+01:00', true],
    [timestampSchema, '2025-01-01T00:00:00', false],
  ] as const)('%#: %j valid = %s', (schema, value, ok) => {
    expect(schema.safeParse(value).success).toBe(ok);
  });
  it('names each unknown field and each bad field under the prefix', () => {
    const schema = z.strictObject({ a: civilDateSchema, list: z.array(z.strictObject({ n: centsSchema })) });
    const result = schema.safeParse({ a: 'x', list: [{ n: -2, extra: 1 }], b: 1, c: 2 });
    expect(result.success).toBe(false);
    const paths = zodFieldErrors(result.error!, 'facts')
      .map((e) => e.path)
      .sort();
    expect(paths).toEqual(['facts.a', 'facts.b', 'facts.c', 'facts.list.0.extra', 'facts.list.0.n']);
  });

  it('words each field error in English and French; a custom check carries its own French', () => {
    const schema = z.strictObject({
      n: z.number().refine((v) => v <= 100, bilingualMessage('at most 100', 'au plus 100')),
      s: z.string(),
    });
    const errors = zodFieldErrors(schema.safeParse({ n: 101, s: 2, x: 1 }).error!, 'facts');
    expect(errors.map((e) => fieldErrorIn('fr', e))).toEqual([
      { path: 'facts.n', message: 'au plus 100', code: 'custom' },
      { path: 'facts.s', message: 'Saisissez un texte', code: 'invalid_type' },
      { path: 'facts.x', message: 'champ inconnu « x »', code: 'unrecognized_keys' },
    ]);
    expect(errors.map((e) => fieldErrorIn('en', e))).toEqual([
      { path: 'facts.n', message: 'at most 100', code: 'custom' },
      { path: 'facts.s', message: 'Enter a text', code: 'invalid_type' },
      { path: 'facts.x', message: 'unknown field "x"', code: 'unrecognized_keys' },
    ]);
  });

  it('sends English when no French was written, and never the French key itself', () => {
    expect(fieldErrorIn('fr', { path: 'a', message: 'only English' })).toEqual({ path: 'a', message: 'only English' });
    expect(fieldErrorIn('en', { path: 'a', message: 'English', fr: 'Français' })).toEqual({
      path: 'a',
      message: 'English',
    });
  });
});

describe('makeDecision', () => {
  it('puts the common fields first, then the rule fields', () => {
    const d = makeDecision(
      {
        rule: 'r',
        asOf: '2025-01-01',
        outcome: 'ok',
        citation: { article: '1', termsVersion: 'v' },
        explanation: { fr: 'f', en: 'e' },
        parameters: {},
      },
      { dueDate: '2025-01-31' },
    );
    expect(Object.keys(d)).toEqual(['rule', 'asOf', 'outcome', 'citation', 'explanation', 'parameters', 'dueDate']);
  });
});
