import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { makeDecision } from './decision.ts';
import { centsSchema, civilDateSchema, ratePercentSchema, timestampSchema, zodFieldErrors } from './schemas.ts';

describe('shared schemas', () => {
  it.each([
    [civilDateSchema, '2024-02-29', true], [civilDateSchema, '2023-02-29', false], [centsSchema, 0, true], [centsSchema, -1, false],
    [centsSchema, 1.5, false], [ratePercentSchema, '13.15', true], [ratePercentSchema, '13,15', false],
    [timestampSchema, '2025-01-01T00:00:00+01:00', true], [timestampSchema, '2025-01-01T00:00:00', false],
  ] as const)('%#: %j valid = %s', (schema, value, ok) => {
    expect(schema.safeParse(value).success).toBe(ok);
  });
  it('names each unknown field and each bad field under the prefix', () => {
    const schema = z.strictObject({ a: civilDateSchema, list: z.array(z.strictObject({ n: centsSchema })) });
    const result = schema.safeParse({ a: 'x', list: [{ n: -2, extra: 1 }], b: 1, c: 2 });
    expect(result.success).toBe(false);
    const paths = zodFieldErrors(result.error!, 'facts').map((e) => e.path).sort();
    expect(paths).toEqual(['facts.a', 'facts.b', 'facts.c', 'facts.list.0.extra', 'facts.list.0.n']);
  });
});

describe('makeDecision', () => {
  it('puts the common fields first, then the rule fields', () => {
    const d = makeDecision(
      { rule: 'r', asOf: '2025-01-01', outcome: 'ok', citation: { article: '1', termsVersion: 'v' }, explanation: { fr: 'f', en: 'e' }, parameters: {} },
      { dueDate: '2025-01-31' },
    );
    expect(Object.keys(d)).toEqual(['rule', 'asOf', 'outcome', 'citation', 'explanation', 'parameters', 'dueDate']);
  });
});
