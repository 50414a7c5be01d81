import type { AppContext } from '../../context.ts';
import type { QuoteLinesTable } from '../../db/schema.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError, type FieldError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { MoneyDecimal } from '../../kernel/money.ts';
import { listVatRates, rateOfOrderDate } from '../vat-rates/index.ts';
import { priceLines, type LineToPrice, type PricedTotals } from '../../kernel/line-pricing.ts';
import * as repo from './quotes.repo.ts';
import type { QuoteLineInput } from './quotes.schemas.ts';

type CatalogueRow = Awaited<ReturnType<typeof repo.findCatalogueItems>>[number];

/** Line and item kinds as the French messages name them. */
const LINE_KIND_FR = { sale: 'vente', rental: 'location', service: 'prestation' } as const;
const ITEM_KIND_FR = { product: 'un produit', service: 'une prestation' } as const;

/** What a catalogue item lends to a line, or the field error that refuses it. */
function checkItem(
  line: QuoteLineInput,
  item: CatalogueRow | undefined,
  path: string,
): FieldError | LineToPrice['rental'] | null {
  if (!item)
    return { path: `${path}.catalogueItemId`, message: 'unknown catalogue item', fr: 'article du catalogue inconnu' };
  if (item.active !== 1)
    return {
      path: `${path}.catalogueItemId`,
      message: 'this catalogue item is withdrawn',
      fr: 'cet article est retiré du catalogue',
    };
  const wanted = line.kind === 'service' ? 'service' : 'product';
  if (item.kind !== wanted)
    return {
      path: `${path}.catalogueItemId`,
      message: `a ${line.kind} line needs a ${wanted}, not a ${item.kind}`,
      fr: `une ligne de ${LINE_KIND_FR[line.kind]} porte sur ${ITEM_KIND_FR[wanted]}, non sur ${ITEM_KIND_FR[item.kind]}`,
    };
  if (line.licensedUsers !== undefined && item.solution_kind !== 'virtualized')
    return {
      path: `${path}.licensedUsers`,
      message: 'only a virtualized solution has licensed users',
      fr: 'seule une solution virtualisée a des utilisateurs sous licence',
    };
  if (line.kind !== 'rental') return null;
  if (item.rentable !== 1)
    return {
      path: `${path}.catalogueItemId`,
      message: 'this product cannot be rented',
      fr: 'ce produit ne peut pas être loué',
    };
  const rentCents = line.rentCents ?? item.monthly_rent_cents;
  if (rentCents === null || rentCents === undefined)
    return {
      path: `${path}.rentCents`,
      message: 'required: the catalogue has no monthly rent for this product',
      fr: 'obligatoire : le catalogue ne prévoit pas de loyer mensuel pour ce produit',
    };
  return {
    months: line.rentalMonths,
    rentCents,
    maintenanceFeeCents: line.maintenanceFeeCents ?? item.maintenance_fee_cents ?? 0,
  };
}

/** Users of a licence: stated, or the catalogue's users per unit times the quantity. */
function licensedUsers(line: QuoteLineInput, item: CatalogueRow): number | null {
  if (item.solution_kind !== 'virtualized') return null;
  if (line.licensedUsers !== undefined) return line.licensedUsers;
  return Math.max(1, new MoneyDecimal(item.licence_users ?? 1).times(line.quantity).floor().toNumber());
}

/**
 * Prices the lines of a draft from the catalogue: label, SKU, price and VAT rate are copied now
 * and never follow later catalogue changes (art. 9.1). Every bad line is reported at once, by
 * field; nothing is written by this function.
 */
export async function buildLines(
  ctx: AppContext,
  orgId: string,
  quoteId: string,
  inputs: readonly QuoteLineInput[],
  onDate: string,
) {
  const items = new Map(
    (await repo.findCatalogueItems(ctx.db, orgId, [...new Set(inputs.map((l) => l.catalogueItemId))])).map((i) => [
      i.id,
      i,
    ]),
  );
  const rates = await listVatRates(ctx);
  const errors: FieldError[] = [];
  const toPrice: LineToPrice[] = [];
  for (const [i, line] of inputs.entries()) {
    const item = items.get(line.catalogueItemId);
    const checked = checkItem(line, item, `lines.${i}`);
    if (checked && 'path' in checked) {
      errors.push(checked);
      continue;
    }
    // The rate in force on the quote's date: the catalogue's, or its category's successor after a
    // change of rate by law (art. 9.2); the contract re-rates again on the order date.
    const rate = rateOfOrderDate(rates, item!.vat_rate, onDate);
    if (!rate)
      errors.push({
        path: `lines.${i}.catalogueItemId`,
        message: `VAT rate ${item!.vat_rate} % of this item is not in force on ${onDate}`,
        fr: `le taux de TVA de cet article (${item!.vat_rate.replace('.', ',')} %) n'est pas en vigueur au ${formatDateFr(onDate)}`,
      });
    toPrice.push({
      kind: line.kind,
      quantity: line.quantity,
      ...(line.kind !== 'rental'
        ? { unitPriceCents: line.unitPriceCents ?? item!.indicative_price_cents }
        : { rental: checked! }),
      ...(line.discountPercent ? { discountPercent: line.discountPercent } : {}),
      vatRatePercent: rate?.rate.ratePercent ?? item!.vat_rate,
    });
  }
  if (errors.length > 0) throw new AppError('request.invalid', { errors });
  const priced = priceLines(toPrice, { entered: true });
  const rows: QuoteLinesTable[] = inputs.map((line, i) => {
    const item = items.get(line.catalogueItemId)!;
    const p = priced.lines[i]!;
    return {
      id: newId(),
      org_id: orgId,
      quote_id: quoteId,
      position: i + 1,
      kind: line.kind,
      catalogue_item_id: item.id,
      sku: item.sku,
      label: item.name,
      category: item.category,
      quantity: p.quantity,
      unit_price_cents: p.unitPriceCents,
      discount_percent: p.discountPercent,
      rent_cents: p.rentCents,
      maintenance_fee_cents: p.maintenanceFeeCents,
      monthly_rent_cents: p.monthlyRentCents,
      rental_months: p.rentalMonths,
      vat_rate: p.vatRatePercent,
      net_cents: p.netCents,
      licensed_users: licensedUsers(line, item),
    };
  });
  return { rows, totals: priced.totals };
}

/** The quote columns that hold the totals. */
export function totalsColumns(t: PricedTotals) {
  return {
    net_cents: t.netCents,
    vat_cents: t.vatCents,
    gross_cents: t.grossCents,
    monthly_rent_cents: t.monthlyRentCents,
    vat_breakdown_json: JSON.stringify(t.vatBreakdown),
  };
}
