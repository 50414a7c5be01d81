import type { AppContext } from '../../context.ts';
import { moneyColumn, type ExportColumn } from '../../http/table-export.ts';
import { readAfter, everyPage, keysetResult } from '../../kernel/list-page.ts';
import { searchKey } from '../../kernel/search-key.ts';
import * as repo from './catalogue.repo.ts';
import type { CatalogueItemOut, ListItemsQuery } from './catalogue.schemas.ts';
import { toItemOut } from './item-mapper.ts';

function filtersOf(query: Omit<ListItemsQuery, 'sort' | 'dir' | 'after' | 'limit' | 'offset'>): repo.ItemFilters {
  return {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.offerLine ? { offerLine: query.offerLine } : {}),
    ...(query.category ? { category: query.category } : {}),
    ...(query.active ? { active: query.active === 'true' ? (1 as const) : (0 as const) } : {}),
    ...(query.q ? { words: searchKey(query.q).split(' ').filter(Boolean) } : {}),
  };
}

/**
 * A keyset page of the catalogue (sorted by name in French order by default), with the total
 * matching the filters; the quote editor's picker searches through it as the client picker does.
 */
export async function listCatalogueItems(
  ctx: AppContext,
  orgId: string,
  query: ListItemsQuery,
): Promise<{ items: CatalogueItemOut[]; nextCursor: string | null; total: number; limit: number; offset: number }> {
  const filters = filtersOf(query);
  const after = readAfter(query.after);
  const [rows, total] = await Promise.all([
    repo.listItems(ctx.db, orgId, filters, {
      sort: query.sort,
      dir: query.dir,
      after,
      limit: query.limit + 1,
      offset: query.offset,
    }),
    repo.countItems(ctx.db, orgId, filters),
  ]);
  const page = keysetResult(rows, query.limit, (r) => repo.itemSortValue(r, query.sort), toItemOut);
  return { ...page, total, limit: query.limit, offset: query.offset };
}

/** Every item of the filtered catalogue in the list's order (the export). */
export function allCatalogueItems(
  ctx: AppContext,
  orgId: string,
  query: Omit<ListItemsQuery, 'after' | 'limit' | 'offset'>,
) {
  return everyPage(async (after) => {
    const page = await listCatalogueItems(ctx, orgId, { ...query, limit: 500, offset: 0, ...(after ? { after } : {}) });
    return { items: page.items, nextCursor: page.nextCursor };
  });
}

/** The columns of the catalogue export; prices in euros with two decimals. */
export function itemExportColumns(lang: 'fr' | 'en'): ExportColumn<CatalogueItemOut>[] {
  const fr = lang === 'fr';
  return [
    { header: fr ? 'Référence' : 'Reference', value: (r) => r.sku },
    { header: fr ? 'Désignation' : 'Name', value: (r) => r.name },
    {
      header: fr ? 'Type' : 'Kind',
      value: (r) => (r.kind === 'service' ? (fr ? 'Prestation' : 'Service') : fr ? 'Produit' : 'Product'),
    },
    { header: fr ? 'Catégorie' : 'Category', value: (r) => r.category },
    { header: fr ? 'Fabricant' : 'Manufacturer', value: (r) => r.manufacturer },
    moneyColumn(fr ? 'Prix indicatif HT (€)' : 'Indicative price excl. VAT (€)', (r) => r.indicativePriceCents),
    { header: fr ? 'TVA (%)' : 'VAT (%)', value: (r) => Number(r.vatRatePercent) },
    moneyColumn(fr ? 'Loyer mensuel HT (€)' : 'Monthly rent excl. VAT (€)', (r) => r.monthlyRentCents),
    moneyColumn(
      fr ? 'Maintenance mensuelle HT (€)' : 'Monthly maintenance excl. VAT (€)',
      (r) => r.maintenanceFeeCents,
    ),
    { header: fr ? 'Actif' : 'Active', value: (r) => (r.active ? (fr ? 'Oui' : 'Yes') : fr ? 'Non' : 'No') },
  ];
}
