import type { Db } from '../../db/database.ts';

/** The whole VAT rate table (a few rows a country), oldest first. */
export function listVatRateRows(db: Db) {
  return db.selectFrom('vat_rates').selectAll().orderBy('country').orderBy('effective_from').orderBy('rate_percent').execute();
}
