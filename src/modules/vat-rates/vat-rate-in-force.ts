import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { cachedReference } from '../../db/reference-cache.ts';
import type { VatRatesTable } from '../../db/schema.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { findRateInForce, ratesInForceOn, type VatRate } from '../../kernel/vat-rates-in-force.ts';

/** The whole table (a few rows), read inside the caller's transaction when it has one. */
export function vatRateTable(db: Db): Promise<readonly VatRate[]> {
  // The table is tiny: read it whole and let the pure functions choose, as a screen would. Kept in
  // memory while unchanged (ADR 0038).
  return cachedReference(
    db,
    'vat_rates',
    ['country', 'effective_from', 'rate_percent'],
    (r: VatRatesTable): VatRate => ({
      country: r.country,
      ratePercent: r.rate_percent,
      label: r.label,
      effectiveFrom: r.effective_from,
      effectiveTo: r.effective_to,
    }),
  );
}

function loadRates(ctx: AppContext): Promise<readonly VatRate[]> {
  return vatRateTable(ctx.db);
}

/** Every VAT rate period, or only those in force on `date` (highest rate first). */
export async function listVatRates(ctx: AppContext, date?: string, country = 'FR'): Promise<VatRate[]> {
  const rates = await loadRates(ctx);
  return date === undefined ? rates.filter((r) => r.country === country) : ratesInForceOn(rates, date, country);
}

/** The period of `ratePercent` in force on `date` (art. 9.2: the order date), or undefined. */
export async function vatRateInForce(
  ctx: AppContext,
  ratePercent: string,
  date: string,
  country = 'FR',
): Promise<VatRate | undefined> {
  return findRateInForce(await loadRates(ctx), ratePercent, date, country);
}

/**
 * Like vatRateInForce, but refuses with `vat_rate.not_in_force` naming `path` (the field that
 * carried the rate, e.g. "lines.2.vatRatePercent"); returns the canonical rate ("20", "5.5").
 */
export async function requireVatRateInForce(
  ctx: AppContext,
  ratePercent: string,
  date: string,
  path: string,
  /** The rate table when the caller checks many lines (read once, not once per line). */
  table?: readonly VatRate[],
): Promise<string> {
  const rates = table ?? (await loadRates(ctx));
  const found = findRateInForce(rates, ratePercent, date);
  if (!found) {
    const allowed = ratesInForceOn(rates, date)
      .map((r) => r.ratePercent)
      .join(', ');
    throw new AppError('vat_rate.not_in_force', {
      errors: [
        {
          path,
          message: `VAT rate ${ratePercent} % is not in force on ${date} (in force: ${allowed || 'none'})`,
          fr: `le taux de TVA de ${ratePercent.replace('.', ',')} % n'est pas en vigueur le ${formatDateFr(date)} (taux en vigueur : ${allowed.replaceAll('.', ',') || 'aucun'})`,
        },
      ],
    });
  }
  return found.ratePercent;
}
