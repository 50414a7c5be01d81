/**
 * Drops the PostgreSQL schemas the test files create (t_…, c_…), before the run (leftovers of an
 * interrupted run) and after it. Files never drop their own schema while others are running.
 */
import pg from 'pg';

const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function dropTestSchemas() {
  if (!(process.env.CLAUSIER_TEST_DIALECTS ?? 'sqlite,postgres').includes('postgres')) return;
  const client = new pg.Client({ connectionString: PG_URL });
  try {
    await client.connect();
  } catch {
    return; // the tests themselves will report the missing database clearly
  }
  try {
    const { rows } = await client.query<{ nspname: string }>("select nspname from pg_namespace where nspname ~ '^(t|c)_[0-9a-f]{12}$'");
    for (const r of rows) await client.query(`drop schema if exists ${r.nspname} cascade`);
  } finally {
    await client.end();
  }
}

export async function setup() {
  await dropTestSchemas();
}

export async function teardown() {
  await dropTestSchemas();
}
