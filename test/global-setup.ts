/**
 * PostgreSQL schemas of a test run are named `t_<run>_<random>` (or `c_…` for CLI tests), where
 * <run> is this run's start time in base 36. Files never drop their schema while others run
 * (that breaks the catalogue introspection of concurrent migrations); the teardown drops this
 * run's schemas, and the setup drops leftovers of runs older than six hours (interrupted runs).
 * Another test run going on at the same time is left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { buildCliBundle } from './helpers/cli-bundle.ts';

const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const STALE_MS = 6 * 3_600_000;

async function dropSchemas(select: (run: string) => boolean) {
  if (!(process.env.CLAUSIER_TEST_DIALECTS ?? 'sqlite,postgres').includes('postgres')) return;
  const client = new pg.Client({ connectionString: PG_URL });
  try {
    await client.connect();
  } catch {
    return; // the tests themselves report a missing database clearly
  }
  try {
    const { rows } = await client.query<{ nspname: string }>(
      "select nspname from pg_namespace where nspname ~ '^(t|c)_[0-9a-z]+_[0-9a-f]{12}$'",
    );
    for (const r of rows) {
      const run = r.nspname.split('_')[1]!;
      if (select(run)) await client.query(`drop schema if exists ${r.nspname} cascade`);
    }
  } finally {
    await client.end();
  }
}

export async function setup() {
  const run = Date.now().toString(36);
  process.env.CLAUSIER_TEST_RUN = run;
  await dropSchemas((other) => Date.now() - parseInt(other, 36) > STALE_MS);
  // Inside the project, so that the bundle's imports of packages resolve to its node_modules.
  const cliDir = path.resolve('node_modules/.cache/clausier-test-cli', run);
  fs.mkdirSync(cliDir, { recursive: true });
  process.env.CLAUSIER_TEST_CLI = await buildCliBundle(cliDir);
  // The e-invoice validator's JVMs with start-up flags and a class-data archive shared by the run
  // (test/tools/java-fast.sh): same validator and rules, about half its CPU. JAVA set outside wins.
  process.env.JAVA ??= path.resolve('test/tools/java-fast.sh');
  process.env.CLAUSIER_JAVA_CDS ??= path.join(cliDir, 'saxon.jsa');
  return async () => {
    fs.rmSync(cliDir, { recursive: true, force: true });
    await dropSchemas((other) => other === run);
  };
}
