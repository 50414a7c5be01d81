// Frozen in time: never import application types here.
// Issue #19: the ECB and VAT rate tables are read on every invoice. A version per table, changed
// by a trigger on every write whoever makes it (the server, the command line, another instance,
// plain SQL), lets each instance keep the tables in memory and read one small row instead. The
// version is a random token, never reused: a cache keyed by it cannot mix two databases, nor a
// rolled-back write with a later one.
import { type Kysely, sql } from 'kysely';

const TABLES = ['ecb_rates', 'vat_rates'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter.supportsTransactionalDdl;
  const token = postgres ? sql`md5(random()::text || clock_timestamp()::text)` : sql`lower(hex(randomblob(16)))`;
  await db.schema
    .createTable('reference_versions')
    .addColumn('source_table', 'text', (c) => c.primaryKey())
    .addColumn('version', 'text', (c) => c.notNull())
    .execute();
  for (const table of TABLES)
    await sql`insert into reference_versions (source_table, version) values (${table}, ${token})`.execute(db);
  if (postgres) {
    await sql`
      create function reference_version_bump() returns trigger language plpgsql as $$
      begin
        update reference_versions set version = md5(random()::text || clock_timestamp()::text)
        where source_table = TG_TABLE_NAME;
        return null;
      end $$`.execute(db);
    for (const table of TABLES)
      await sql`
        create trigger ${sql.raw(`${table}_version`)} after insert or update or delete or truncate
        on ${sql.table(table)} for each statement execute function reference_version_bump()`.execute(db);
    return;
  }
  for (const table of TABLES)
    for (const event of ['insert', 'update', 'delete'])
      await sql`
        create trigger ${sql.raw(`${table}_version_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
        begin
          update reference_versions set version = lower(hex(randomblob(16))) where source_table = ${sql.lit(table)};
        end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter.supportsTransactionalDdl;
  if (postgres) {
    for (const table of TABLES)
      await sql`drop trigger ${sql.raw(`${table}_version`)} on ${sql.table(table)}`.execute(db);
    await sql`drop function reference_version_bump()`.execute(db);
  } else {
    for (const table of TABLES)
      for (const event of ['insert', 'update', 'delete'])
        await sql`drop trigger ${sql.raw(`${table}_version_${event}`)}`.execute(db);
  }
  await db.schema.dropTable('reference_versions').execute();
}
