/**
 * The migrator introspects only Clausier's own schema: a schema of another process, dropped while
 * Clausier migrates, must not make the migration fail (it did with Kysely's default introspector).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { DIALECTS, PG_URL, adminQuery, testRunId } from '../helpers/db.ts';

describe.runIf(DIALECTS.includes('postgres'))('introspection on PostgreSQL', () => {
  const ours = `t_${testRunId()}_${randomBytes(6).toString('hex')}`;
  const other = `t_${testRunId()}_${randomBytes(6).toString('hex')}`;
  const handle = openDatabase(PG_URL, { pgSchema: ours, pgPoolSize: 2 });
  afterAll(() => handle.close());

  it('lists the tables of the current schema only, and migrates while another schema is dropped', async () => {
    await adminQuery(`create schema ${ours}`);
    await adminQuery(`create schema ${other}`);
    await adminQuery(`create table ${other}.someone_elses (id serial primary key)`);
    await migrateToLatest(handle.db);
    const tables = await handle.db.introspection.getTables();
    const names = tables.map((t) => t.name);
    expect(names).toContain('invoices');
    expect(names).not.toContain('someone_elses');
    expect(new Set(tables.map((t) => t.schema))).toEqual(new Set([ours]));
    expect(names).not.toContain('kysely_migration');
    const withInternal = await handle.db.introspection.getTables({ withInternalKyselyTables: true });
    expect(withInternal.map((t) => t.name)).toContain('kysely_migration');

    // Another process drops its schema while ours introspects again, many times over.
    const drops = (async () => {
      for (let i = 0; i < 20; i++) {
        await adminQuery(`create table if not exists ${other}.t${i} (id serial primary key)`);
        await adminQuery(`drop table ${other}.t${i}`);
      }
      await adminQuery(`drop schema ${other} cascade`);
    })();
    for (let i = 0; i < 20; i++) await migrateToLatest(handle.db);
    await drops;
  });
});
