import type { Db } from '../../db/database.ts';
import type { EcbRatesTable } from '../../db/schema.ts';

export function listRates(db: Db) {
  return db.selectFrom('ecb_rates').selectAll().orderBy('effective_from').execute();
}

export function insertRate(db: Db, row: EcbRatesTable) {
  return db.insertInto('ecb_rates').values(row).execute();
}

export function updateRate(
  db: Db,
  effectiveFrom: string,
  set: Pick<EcbRatesTable, 'rate_percent' | 'source' | 'imported_at'>,
) {
  return db.updateTable('ecb_rates').set(set).where('effective_from', '=', effectiveFrom).execute();
}
