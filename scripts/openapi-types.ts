/**
 * Generates the web app's API types from the server's own OpenAPI document.
 *
 *   npm run gen:api                         writes web/src/api/openapi.gen.ts
 *   tsx scripts/openapi-types.ts --check    fails when the committed file is not current (npm run check)
 *
 * The server is built in-process on a throw-away, migrated, in-memory SQLite database; nothing
 * listens and nothing is written but the generated file. The output is deterministic (no date,
 * keys in the document's order, which is the routes' registration order), so the check is a
 * plain comparison of text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { buildServer } from '../src/http/server.ts';

const TARGET = fileURLToPath(new URL('../web/src/api/openapi.gen.ts', import.meta.url));
const RELATIVE_TARGET = 'web/src/api/openapi.gen.ts';

const HEADER = `/**
 * GENERATED FILE — do not edit by hand.
 * The types of the Clausier API, from its OpenAPI document (the routes' zod schemas, src/http/openapi.ts),
 * by openapi-typescript. Regenerate with \`npm run gen:api\`; \`npm run check\` fails when it is not current.
 */
`;

/** The OpenAPI document exactly as GET /api/openapi.json serves it. */
async function openApiDocument(): Promise<OpenAPI3> {
  const handle = openDatabase('sqlite::memory:');
  try {
    await migrateToLatest(handle.db);
    const ctx = { db: handle.db, dialect: 'sqlite' as const, now: () => new Date('2026-01-01T00:00:00Z') };
    const app = await buildServer(ctx, { logger: false, webDistDir: '/nonexistent' });
    try {
      await app.ready();
      // A JSON round trip: only what the HTTP answer would carry.
      return JSON.parse(JSON.stringify(app.swagger())) as OpenAPI3;
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
  }
}

export async function generateApiTypes(): Promise<string> {
  const document = await openApiDocument();
  const ast = await openapiTS(document, { silent: true });
  return HEADER + '\n' + astToString(ast);
}

async function main() {
  const check = process.argv.includes('--check');
  const generated = await generateApiTypes();
  if (!check) {
    writeFileSync(TARGET, generated);
    console.log(`wrote ${RELATIVE_TARGET}`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(TARGET, 'utf8');
  } catch {
    committed = '';
  }
  if (committed !== generated) {
    const a = committed.split('\n');
    const b = generated.split('\n');
    let line = 0;
    while (line < Math.max(a.length, b.length) && a[line] === b[line]) line++;
    console.error(
      `${RELATIVE_TARGET} is not current: the API's schemas changed (first difference at line ${line + 1}).\n` +
        `  committed: ${a[line] ?? '(end of file)'}\n  generated: ${b[line] ?? '(end of file)'}\n` +
        'Run `npm run gen:api` and commit the result.',
    );
    process.exitCode = 1;
    return;
  }
  console.log(`${RELATIVE_TARGET} is current`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
