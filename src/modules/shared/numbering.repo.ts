/**
 * The legal document counters (`document_sequences`): quotes, contracts, acknowledgements,
 * invoices, credit notes, debit notes. The only code that writes them. Every function runs inside
 * the caller's transaction: the counter row stays locked until commit (PostgreSQL row lock; SQLite
 * has one writer), so numbers are gapless and never reused, and a rolled-back issue gives its
 * numbers back.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';

/** `<series>-<year>-<value padded to digits>`, e.g. F-2026-00042. */
export function formatNumber(series: string, year: number, value: number, digits = 5): string {
  return `${series}-${year}-${String(value).padStart(digits, '0')}`;
}

/** Creates the series' counter for the year if it is missing (a concurrent creator loses quietly). */
async function ensureCounter(trx: Db, orgId: string, series: string, year: number): Promise<void> {
  await trx
    .insertInto('document_sequences')
    .values({ org_id: orgId, series, year, last_value: 0 })
    .onConflict((oc) => oc.columns(['org_id', 'series', 'year']).doNothing())
    .execute();
}

/** The update that moves a series' counter on by one, returning its new value (no row: no counter yet). */
function incrementCounter(db: Pick<Db, 'updateTable'>, orgId: string, series: string, year: number) {
  return db
    .updateTable('document_sequences')
    .set((eb) => ({ last_value: eb('last_value', '+', 1) }))
    .where('org_id', '=', orgId)
    .where('series', '=', series)
    .where('year', '=', year)
    .returning('last_value');
}

/** Takes the next number of a series for a year. */
export async function nextNumber(trx: Db, orgId: string, series: string, year: number, digits = 5): Promise<string> {
  const take = () => incrementCounter(trx, orgId, series, year).executeTakeFirst();
  let row = await take();
  if (!row) {
    // The series' first number of the year: create its counter, then take it (waiting on the row lock).
    await ensureCounter(trx, orgId, series, year);
    row = await take();
  }
  return formatNumber(series, year, Number(row!.last_value), digits);
}

/**
 * Locks the counter of a series for the year (PostgreSQL: row lock; SQLite: the write lock the
 * insert takes) and returns its last value, for a batch that numbers many documents at once.
 */
export async function lockSeries(
  trx: Db,
  dialect: Dialect,
  orgId: string,
  series: string,
  year: number,
): Promise<number> {
  await ensureCounter(trx, orgId, series, year);
  let q = trx
    .selectFrom('document_sequences')
    .select('last_value')
    .where('org_id', '=', orgId)
    .where('series', '=', series)
    .where('year', '=', year);
  if (dialect === 'postgres') q = q.forUpdate();
  return Number((await q.executeTakeFirstOrThrow()).last_value);
}

/** Moves a series locked by lockSeries from `from` (its value then) to `to` (the batch's last number). */
export async function advanceSeries(
  trx: Db,
  orgId: string,
  series: string,
  year: number,
  from: number,
  to: number,
): Promise<void> {
  const moved = await trx
    .updateTable('document_sequences')
    .set({ last_value: to })
    .where('org_id', '=', orgId)
    .where('series', '=', series)
    .where('year', '=', year)
    .where('last_value', '=', from)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1)
    throw new Error(`The counter of series ${series}-${year} moved during a locked batch`);
}

/**
 * PostgreSQL: takes the next number of a series and writes it into one row of a table in ONE
 * statement (a data-modifying WITH), so that the counter row stays locked one round trip less
 * (issue #19). `write` gets the number as an SQL expression formatted like formatNumber, and the
 * condition that a number was taken, which its update MUST require (without the year's counter
 * nothing is taken and the number is null); it returns the number written, or undefined when
 * the target was not updated (the caller throws, and the rollback gives the number back). Without
 * a counter for the year yet, it creates it and tries again.
 */
export async function takeNumberInto(
  trx: Db,
  at: { orgId: string; series: string; year: number; digits: number },
  write: (db: Db, number: RawBuilder<string>, taken: RawBuilder<boolean>) => Promise<string | undefined>,
): Promise<string | undefined> {
  const attempt = () =>
    write(
      trx.with('taken', (db) => incrementCounter(db, at.orgId, at.series, at.year)) as unknown as Db,
      // Like formatNumber: padded to `digits`, never cut when the value outgrows them.
      sql<string>`(select ${`${at.series}-${at.year}-`} || lpad(last_value::text, greatest(${at.digits}::int, length(last_value::text)), '0') from taken)`,
      sql<boolean>`exists (select 1 from taken)`,
    );
  const number = await attempt();
  if (number !== undefined) return number;
  // Nothing written: no counter for the year yet, or the target refused. Creating the counter is a
  // no-op when it exists; a second refusal stands (the caller's rollback undoes both attempts).
  await ensureCounter(trx, at.orgId, at.series, at.year);
  return attempt();
}
