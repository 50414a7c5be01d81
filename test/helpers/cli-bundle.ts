/**
 * The command line as one ES module for the tests that start it many times. `bin/clausier` runs
 * the TypeScript sources through tsx, which costs about 1.8 s of CPU per start (hundreds of
 * modules through the loader hooks); the same sources bundled by esbuild (packages left external,
 * so node_modules is the same) start in about 0.4 s. Built once per test run by the global setup;
 * `cli.test.ts` still starts the real `bin/clausier` on both engines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** Files the sources read beside themselves (`import.meta.url`), copied beside the bundle. */
const SIBLING_FILES = ['src/iso20022'];

export async function buildCliBundle(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'clausier-cli.mjs');
  await build({
    entryPoints: ['src/cli/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  for (const dir of SIBLING_FILES)
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.xsd')))
      fs.copyFileSync(path.join(dir, f), path.join(outDir, f));
  return outfile;
}
