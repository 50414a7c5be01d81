/**
 * Reference tables kept in memory while they are unchanged (ADR 0038). The ECB rate history and
 * the VAT table are read whole on every invoice, yet change a few times a year. Each has a version
 * in `reference_versions`, a random token that a trigger replaces on every write to the table
 * (migration 0035), whoever writes: this process, the command line, another instance, plain SQL.
 * A reader reads that one row and takes the table from memory when the version is the one it was
 * loaded under; otherwise it reads the table and its version in one statement (one snapshot) and
 * keeps them. Tokens are never reused, so the cache is shared by every database the process opens
 * (the tests open many) and a write rolled back leaves behind only an entry nobody will ask for.
 * What is cached is frozen: callers share it.
 */
import { sql } from 'kysely';
import type { Db } from './database.ts';

export type ReferenceTable = 'ecb_rates' | 'vat_rates';

/** Recent versions kept (two per table cover a change racing a read). */
const MAX_ENTRIES = 8;
const entries = new Map<string, readonly unknown[]>();

/**
 * The rows of `table` (`order by`, then mapped by `toValue`), from memory while its version has
 * not changed. Inside a transaction, pass the transaction: it sees its own writes and version.
 */
export async function cachedReference<Row, Value>(
  db: Db,
  table: ReferenceTable,
  orderBy: readonly string[],
  toValue: (row: Row) => Value,
): Promise<readonly Value[]> {
  const current = await db
    .selectFrom('reference_versions')
    .select('version')
    .where('source_table', '=', table)
    .executeTakeFirst();
  const hit = current && entries.get(`${table}:${current.version}`);
  if (hit) return hit as readonly Value[];
  // The rows and the version they go with, read together.
  const { rows } = await sql<Row & { reference_version: string | null }>`
    select t.*, v.version as reference_version
    from ${sql.table(table)} t left join reference_versions v on v.source_table = ${table}
    order by ${sql.join(orderBy.map((c) => sql.ref(`t.${c}`)))}`.execute(db);
  const values = Object.freeze(rows.map((r) => Object.freeze(toValue(r))));
  // Kept only with the version it was read under: not an empty table (no row to say it), nor one
  // whose version row is missing (the rows are still served, read each time).
  const version = rows[0]?.reference_version;
  if (version) remember(`${table}:${version}`, values);
  return values;
}

function remember(key: string, values: readonly unknown[]) {
  entries.delete(key);
  entries.set(key, values);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
}
