import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from './registry.ts';
import { describeSchema, renderRulesReference, RULES_REFERENCE_PATH } from './reference.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('docs/rules.md, the rule reference generated from the registry', () => {
  it('is the committed file, byte for byte (else run `npm run docs:rules` and commit docs/rules.md)', () => {
    const file = path.join(root, RULES_REFERENCE_PATH);
    expect(fs.existsSync(file), `${RULES_REFERENCE_PATH} is missing: run npm run docs:rules`).toBe(true);
    const committed = fs.readFileSync(file, 'utf8');
    const generated = renderRulesReference();
    if (committed !== generated) {
      const a = committed.split('\n');
      const b = generated.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      const at = line === -1 ? Math.min(a.length, b.length) : line;
      expect.fail(
        `${RULES_REFERENCE_PATH} differs from the rule registry from line ${at + 1}:\n  committed: ${JSON.stringify(a[at])}\n  registry:  ${JSON.stringify(b[at])}\nRun \`npm run docs:rules\` and commit ${RULES_REFERENCE_PATH}.`,
      );
    }
  });

  it('names every rule with its article, outcomes and facts, and marks the module decisions', () => {
    const text = renderRulesReference();
    for (const r of RULES) {
      expect(text).toContain(`\n## ${r.id}\n\nArt. ${r.article} — ${r.title.en}`);
      for (const o of r.outcomes) expect(text).toContain(`\`${o}\``);
    }
    const marked = RULES.filter((r) => r.moduleDecision).map((r) => r.id);
    expect(marked).toEqual([
      'invoice.acceleration',
      'client.prepayment',
      'contract.cancellation-for-non-payment',
      'contract.vat-rate',
      'licence.usage',
      'contract.assignment',
    ]);
    for (const id of marked)
      expect(text).toMatch(
        new RegExp(
          `\\| \\[\`${id.replace('.', '\\.')}\`\\]\\(#[^)]+\\) \\| [^|]+ \\| [^|]+ \\| [^|]+ \\| module decision also exposed`,
        ),
      );
    expect(text).toContain('| `payments` | yes | array (at most 10000) of { date, amountCents } |');
  });

  it('reads JSON Schemas briefly', () => {
    expect(describeSchema({ type: 'string', format: 'date' })).toBe('date `YYYY-MM-DD`');
    expect(describeSchema({ type: 'string', enum: ['client', 'alleo'] })).toBe('`client` \\| `alleo`');
    expect(describeSchema({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER })).toBe('integer ≥ 0');
    expect(describeSchema({ type: 'object', properties: { id: {}, number: {} }, required: ['id'] })).toBe(
      '{ id, number? }',
    );
    expect(describeSchema({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBe('text or null');
  });
});
