/**
 * Writes docs/rules.md from the rule registry (`npm run docs:rules`). With `--check`, writes
 * nothing and exits 1 when the committed file differs (src/rules/reference.test.ts does the same
 * in the test suite).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRulesReference, RULES_REFERENCE_PATH } from '../src/rules/reference.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, RULES_REFERENCE_PATH);
const text = renderRulesReference();
const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;

if (process.argv.includes('--check')) {
  if (current !== text) {
    process.stderr.write(`${RULES_REFERENCE_PATH} differs from the rule registry: run npm run docs:rules\n`);
    process.exit(1);
  }
  process.stdout.write(`${RULES_REFERENCE_PATH} is up to date\n`);
} else if (current === text) {
  process.stdout.write(`${RULES_REFERENCE_PATH} is up to date\n`);
} else {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  process.stdout.write(`wrote ${RULES_REFERENCE_PATH}\n`);
}
