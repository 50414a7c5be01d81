import type { Db } from '../../db/database.ts';

/**
 * Takes the next number of a series for a year, inside the caller's transaction: the counter row
 * stays locked until commit (PostgreSQL row lock; SQLite has one writer), so numbers are gapless
 * and never reused, and a rolled-back issue gives its number back.
 */
export async function nextNumber(trx: Db, orgId: string, series: string, year: number, digits = 5): Promise<string> {
  const take = () =>
    trx
      .updateTable('document_sequences')
      .set((eb) => ({ last_value: eb('last_value', '+', 1) }))
      .where('org_id', '=', orgId)
      .where('series', '=', series)
      .where('year', '=', year)
      .returning('last_value')
      .executeTakeFirst();
  let row = await take();
  if (!row) {
    // The series' first number of the year: create its counter (a concurrent creator loses quietly, then waits on the row lock).
    await trx.insertInto('document_sequences').values({ org_id: orgId, series, year, last_value: 0 }).onConflict((oc) => oc.columns(['org_id', 'series', 'year']).doNothing()).execute();
    row = await take();
  }
  return `${series}-${year}-${String(row!.last_value).padStart(digits, '0')}`;
}
