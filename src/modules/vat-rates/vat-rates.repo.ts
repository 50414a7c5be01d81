import type { Db } from '../../db/database.ts';

/** The whole VAT rate table (a few rows a country), oldest first. */
export function listVatRateRows(db: Db) {
  return db
    .selectFrom('vat_rates')
    .selectAll()
    .orderBy('country')
    .orderBy('effective_from')
    .orderBy('rate_percent')
    .execute();
}

/** Ends the open period of a rate category on `lastDay` and opens the new rate the day after, together. */
export async function replaceOpenPeriod(
  trx: Db,
  input: { country: string; label: string; lastDay: string; ratePercent: string; effectiveFrom: string },
) {
  await trx
    .updateTable('vat_rates')
    .set({ effective_to: input.lastDay })
    .where('country', '=', input.country)
    .where('label', '=', input.label)
    .where('effective_to', 'is', null)
    .execute();
  await trx
    .insertInto('vat_rates')
    .values({
      country: input.country,
      label: input.label,
      rate_percent: input.ratePercent,
      effective_from: input.effectiveFrom,
      effective_to: null,
    })
    .execute();
}
