// Frozen in time: never import application types here.
// Free-text quote lines (issue #17, ADR 0033): a service not in the catalogue (art. 6.8) is typed
// on the quote with its own label, price and VAT rate, so its quote and contract lines have no
// catalogue item, no SKU and no catalogue category. PostgreSQL drops the NOT NULL constraints;
// SQLite cannot, so it rebuilds both tables with the same columns, rows, keys and indexes.
import { sql, type Kysely } from 'kysely';

const TABLES = ['quote_lines', 'contract_lines'] as const;
const COLUMNS = ['catalogue_item_id', 'sku', 'category'] as const;

async function isSqlite(db: Kysely<any>): Promise<boolean> {
  return !db.getExecutor().adapter.supportsTransactionalDdl;
}

/** Rewrites a table's CREATE statement with `notNull` set or removed on the free-text columns. */
function withNullability(createSql: string, nullable: boolean): string {
  let out = createSql;
  for (const column of COLUMNS) {
    const quoted = `"${column}" text`;
    out = nullable
      ? out.replace(`${quoted} not null`, quoted)
      : out.replace(new RegExp(`${quoted}(?! not null)`), `${quoted} not null`);
  }
  return out;
}

/** SQLite's documented way to change a column's constraints: new table, copy, drop, rename. */
async function rebuildSqlite(db: Kysely<any>, nullable: boolean): Promise<void> {
  // Other tables reference contract_lines: the checks stay off while the table is swapped and
  // are verified once at the end (the migrator runs SQLite migrations outside a transaction).
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    for (const table of TABLES) {
      const found = await sql<{
        sql: string;
      }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
      const indexes = await sql<{
        sql: string;
      }>`select sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db);
      const createSql = found.rows[0]!.sql;
      const rebuilt = withNullability(createSql, nullable).replace(
        /^create table "?\w+"?/i,
        `create table "${table}_rebuilt"`,
      );
      await sql.raw(rebuilt).execute(db);
      await sql.raw(`insert into "${table}_rebuilt" select * from "${table}"`).execute(db);
      await sql.raw(`drop table "${table}"`).execute(db);
      await sql.raw(`alter table "${table}_rebuilt" rename to "${table}"`).execute(db);
      for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
    }
    const broken = await sql`pragma foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error(`0031: ${broken.rows.length} foreign keys broken by the rebuild`);
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  if (await isSqlite(db)) return rebuildSqlite(db, true);
  for (const table of TABLES)
    for (const column of COLUMNS)
      await db.schema
        .alterTable(table)
        .alterColumn(column, (c) => c.dropNotNull())
        .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  // Refused rather than guessed while free-text lines exist: they have no catalogue data to restore.
  for (const table of TABLES) {
    const free = await db.selectFrom(table).select('id').where('catalogue_item_id', 'is', null).limit(1).execute();
    if (free.length > 0) throw new Error(`0031 down: ${table} holds free-text lines`);
  }
  if (await isSqlite(db)) return rebuildSqlite(db, false);
  for (const table of TABLES)
    for (const column of COLUMNS)
      await db.schema
        .alterTable(table)
        .alterColumn(column, (c) => c.setNotNull())
        .execute();
}
