/**
 * A fresh, migrated database per test file, on either engine. PostgreSQL gets a schema of its
 * own inside TEST_DATABASE_URL (default: the local `test` database), dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { AppContext } from '../../src/context.ts';
import { type DatabaseHandle, type Dialect, openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { ensureOrganisation } from '../../src/seed/seed-demo.ts';

/** Set by test/global-setup.ts; names this run's PostgreSQL schemas. */
export function testRunId(): string {
  return process.env.CLAUSIER_TEST_RUN ?? Date.now().toString(36);
}

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The engines the integration suite runs on; CLAUSIER_TEST_DIALECTS=sqlite narrows it. */
export const DIALECTS: Dialect[] = (process.env.CLAUSIER_TEST_DIALECTS ?? 'sqlite,postgres')
  .split(',')
  .map((d) => d.trim())
  .filter((d): d is Dialect => d === 'sqlite' || d === 'postgres');

export interface TestDb {
  ctx: AppContext;
  handle: DatabaseHandle;
  orgId: string;
  /** Moves the test clock. */
  setNow(iso: string): void;
  cleanup(): Promise<void>;
}

/** Runs one statement on its own connection (schemas created and dropped outside any pool). */
export async function adminQuery(text: string, url = PG_URL) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(dialect: Dialect, options: { file?: string } = {}): Promise<TestDb> {
  let handle: DatabaseHandle;
  if (dialect === 'postgres') {
    const schema = `t_${testRunId()}_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create schema ${schema}`);
    handle = openDatabase(PG_URL, { pgSchema: schema, pgPoolSize: 12 });
    // The schema is dropped by the global teardown (test/global-setup.ts), not here: dropping
    // one while another file's migrator introspects the catalogue makes that introspection fail.
  } else {
    handle = openDatabase(`sqlite:${options.file ?? ':memory:'}`);
  }
  let now = new Date('2026-03-02T09:00:00Z');
  const ctx: AppContext = { db: handle.db, dialect, now: () => now };
  await migrateToLatest(handle.db);
  const orgId = await ensureOrganisation(ctx);
  return {
    ctx,
    handle,
    orgId,
    setNow(iso) {
      now = new Date(iso);
    },
    async cleanup() {
      await handle.close();
    },
  };
}

/**
 * An empty, unmigrated database (PostgreSQL: a schema of its own; SQLite: in memory), for the
 * tests that build a database as an earlier release left it, then run a migration.
 */
export async function scratchDatabase(dialect: Dialect): Promise<DatabaseHandle> {
  if (dialect === 'sqlite') return openDatabase('sqlite::memory:');
  const schema = `t_${testRunId()}_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  return openDatabase(PG_URL, { pgSchema: schema });
}
