import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './catalogue.repo.ts';
import type { CatalogueItemOut, CreateItemInput } from './catalogue.schemas.ts';
import { toColumns, toItemOut } from './item-mapper.ts';
import { validateItem } from './validate-item.ts';

/** Adds an item to the catalogue (active). Absent optional fields are stored as null. */
export async function createItem(ctx: AppContext, actor: Actor, input: CreateItemInput): Promise<CatalogueItemOut> {
  const fields = await validateItem(
    ctx,
    actor.orgId,
    {
      kind: input.kind,
      category: input.category,
      offerLine: input.offerLine ?? null,
      solutionKind: input.solutionKind ?? null,
      manufacturer: input.manufacturer ?? null,
      sku: input.sku,
      name: input.name,
      description: input.description ?? null,
      indicativePriceCents: input.indicativePriceCents,
      vatRatePercent: input.vatRatePercent,
      rentable: input.rentable ?? false,
      monthlyRentCents: input.monthlyRentCents ?? null,
      maintenanceFeeCents: input.maintenanceFeeCents ?? null,
      warrantyMonths: input.warrantyMonths ?? null,
      licenceUsers: input.licenceUsers ?? null,
      lateCancellationIndemnityCents: input.lateCancellationIndemnityCents ?? null,
      offHoursSurchargePercent: input.offHoursSurchargePercent ?? null,
    },
    { checkVat: true },
  );
  const id = newId();
  const now = ctx.now().toISOString();
  try {
    await repo.insertItem(ctx.db, {
      id,
      org_id: actor.orgId,
      kind: input.kind,
      ...toColumns(fields),
      active: 1,
      created_at: now,
      updated_at: now,
    });
  } catch (e) {
    // Two creations with one SKU at once: the unique constraint decides, the loser gets a 409.
    if (await repo.findItemBySku(ctx.db, actor.orgId, fields.sku))
      throw new AppError('catalogue.sku_taken', {
        errors: [{ path: 'sku', message: 'already used by another item', fr: 'déjà utilisée par un autre article' }],
      });
    throw e;
  }
  const row = await repo.findItem(ctx.db, actor.orgId, id);
  if (!row) throw new Error('Catalogue item just created is not found');
  return toItemOut(row);
}
