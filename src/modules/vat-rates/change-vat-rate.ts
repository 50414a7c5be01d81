/**
 * Records a change of a VAT rate decided by law (e.g. the normal rate 20 % → 21 % from a date):
 * the category's open period ends the day before and the new rate opens. Quotes drafted from
 * then on take the new rate, and a contract ordered from then on passes it on (art. 9.2).
 */
import type { AppContext } from '../../context.ts';
import { addDays, formatDateFr } from '../../kernel/dates.ts';
import { AppError, type FieldError } from '../../kernel/errors.ts';
import { normalizeRatePercent, RATE_PERCENT_PATTERN } from '../../kernel/money.ts';
import * as repo from './vat-rates.repo.ts';

export interface VatRateChange {
  country?: string;
  /** The category, as labelled in the table ("Taux normal", "Taux réduit"…). */
  label: string;
  ratePercent: string;
  effectiveFrom: string;
}

export async function changeVatRate(ctx: AppContext, input: VatRateChange) {
  const country = input.country ?? 'FR';
  const rows = (await repo.listVatRateRows(ctx.db)).filter((r) => r.country === country);
  const open = rows.find((r) => r.label === input.label && r.effective_to === null);
  const categories = [...new Set(rows.map((r) => r.label))].join(', ');
  const errors: FieldError[] = [];
  if (!open)
    errors.push({
      path: 'label',
      message: `no rate category "${input.label}" in force in ${country} (categories: ${categories})`,
      fr: `aucune catégorie de taux « ${input.label} » en vigueur (${country}) ; catégories : ${categories}`,
    });
  if (!RATE_PERCENT_PATTERN.test(input.ratePercent))
    errors.push({
      path: 'ratePercent',
      message: 'a percent such as "20" or "5.5"',
      fr: 'un pourcentage tel que « 20 » ou « 5.5 »',
    });
  else if (open && normalizeRatePercent(open.rate_percent) === normalizeRatePercent(input.ratePercent))
    errors.push({
      path: 'ratePercent',
      message: `the rate is already ${open.rate_percent} %`,
      fr: `le taux est déjà de ${open.rate_percent.replace('.', ',')} %`,
    });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.effectiveFrom))
    errors.push({ path: 'effectiveFrom', message: 'a date YYYY-MM-DD', fr: 'une date AAAA-MM-JJ' });
  else if (open && input.effectiveFrom <= open.effective_from)
    errors.push({
      path: 'effectiveFrom',
      message: `must be after ${open.effective_from}, the start of the current rate`,
      fr: `doit être postérieure au ${formatDateFr(open.effective_from)}, début du taux actuel`,
    });
  if (errors.length > 0) throw new AppError('request.invalid', { errors });
  const ratePercent = normalizeRatePercent(input.ratePercent);
  await ctx.db.transaction().execute((trx) =>
    repo.replaceOpenPeriod(trx, {
      country,
      label: input.label,
      lastDay: addDays(input.effectiveFrom, -1),
      ratePercent,
      effectiveFrom: input.effectiveFrom,
    }),
  );
  return {
    country,
    label: input.label,
    ratePercent,
    effectiveFrom: input.effectiveFrom,
    replaced: { ratePercent: open!.rate_percent, effectiveTo: addDays(input.effectiveFrom, -1) },
  };
}
