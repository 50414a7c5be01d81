import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './catalogue.repo.ts';
import type { CatalogueItemOut, UpdateItemInput } from './catalogue.schemas.ts';
import { toColumns, toItemOut, type ItemFields } from './item-mapper.ts';
import { validateItem } from './validate-item.ts';

/**
 * Changes an item. Prices are indicative (art. 9.1): quotes copied theirs when written, so a
 * change here alters no quote or contract. The VAT rate is checked only when it changes, so an
 * item keeps working for other edits after a rate reform (quotes check the rate themselves).
 */
export async function updateItem(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateItemInput,
): Promise<CatalogueItemOut> {
  const row = await repo.findItem(ctx.db, actor.orgId, id);
  if (!row) throw new AppError('catalogue.item_not_found');
  const current = toItemOut(row);
  const merged: ItemFields = { ...current };
  // Only keys present in the body change; an explicit null clears an optional field.
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  const fields = await validateItem(ctx, actor.orgId, merged, {
    selfId: id,
    checkVat: input.vatRatePercent !== undefined,
  });
  try {
    await repo.updateItem(ctx.db, actor.orgId, id, { ...toColumns(fields), updated_at: ctx.now().toISOString() });
  } catch (e) {
    if (input.sku !== undefined && (await repo.findItemBySku(ctx.db, actor.orgId, fields.sku))?.id !== id)
      throw new AppError('catalogue.sku_taken', {
        errors: [{ path: 'sku', message: 'already used by another item', fr: 'déjà utilisée par un autre article' }],
      });
    throw e;
  }
  const updated = await repo.findItem(ctx.db, actor.orgId, id);
  if (!updated) throw new AppError('catalogue.item_not_found');
  return toItemOut(updated);
}
