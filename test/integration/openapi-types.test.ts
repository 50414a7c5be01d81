/** The web app's generated API types (web/src/api/openapi.gen.ts) match the server's OpenAPI document. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes } from '../../scripts/openapi-types.ts';

describe('generated API types of the web app', () => {
  it('are current (else: npm run gen:api)', async () => {
    const committed = readFileSync(new URL('../../web/src/api/openapi.gen.ts', import.meta.url), 'utf8');
    expect(await generateApiTypes()).toBe(committed);
  });

  it('are the same on every run (no date, stable order)', async () => {
    expect(await generateApiTypes()).toBe(await generateApiTypes());
  });
});
