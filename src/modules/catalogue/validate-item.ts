import type { AppContext } from '../../context.ts';
import { parisDate } from '../../context.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError, type FieldError } from '../../kernel/errors.ts';
import { normalizeRatePercent } from '../../kernel/money.ts';
import { vatRateInForce } from '../vat-rates/index.ts';
import * as repo from './catalogue.repo.ts';
import type { ItemFields } from './item-mapper.ts';
import { checkItemShape } from './item-rules.ts';

/**
 * Checks an item as it would be stored and throws every field error at once (nothing written):
 * coherence, a VAT rate in force today when it is set or changed, a SKU not used by another item.
 */
export async function validateItem(
  ctx: AppContext,
  orgId: string,
  fields: ItemFields,
  opts: { selfId?: string; checkVat: boolean },
): Promise<ItemFields> {
  const errors: FieldError[] = checkItemShape(fields);
  let vatRatePercent = fields.vatRatePercent;
  if (opts.checkVat) {
    const today = parisDate(ctx.now());
    const rate = await vatRateInForce(ctx, fields.vatRatePercent, today);
    if (rate) vatRatePercent = rate.ratePercent;
    else
      errors.push({
        path: 'vatRatePercent',
        message: `VAT rate ${fields.vatRatePercent} % is not in force on ${today}`,
        fr: `taux de TVA de ${fields.vatRatePercent.replace('.', ',')} % non en vigueur au ${formatDateFr(today)}`,
      });
  }
  if (errors.length > 0) throw new AppError('request.invalid', { errors });
  const clash = await repo.findItemBySku(ctx.db, orgId, fields.sku);
  if (clash && clash.id !== opts.selfId)
    throw new AppError('catalogue.sku_taken', {
      errors: [{ path: 'sku', message: 'already used by another item', fr: 'déjà utilisée par un autre article' }],
    });
  return { ...fields, vatRatePercent: normalizeRatePercent(vatRatePercent) };
}
