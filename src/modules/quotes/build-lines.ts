import type { AppContext } from '../../context.ts';
import type { QuoteLinesTable } from '../../db/schema.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError, type FieldError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { MoneyDecimal } from '../../kernel/money.ts';
import { listVatRates, rateOfOrderDate, type VatRate } from '../vat-rates/index.ts';
import { checkFreeLine, freeFieldsOnCatalogueLine, type FreeLine } from './free-line.ts';
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

/** One checked line: its catalogue item (and rental terms), or its free-text wording. */
type Checked =
  { item: CatalogueRow; rental: LineToPrice['rental'] | null; vatRatePercent: string } | { free: FreeLine };

/** Checks one line against its catalogue item, or as a free-text service; errors go to `errors`. */
function checkLine(
  line: QuoteLineInput,
  item: CatalogueRow | undefined,
  path: string,
  rates: readonly VatRate[],
  onDate: string,
  errors: FieldError[],
): Checked | null {
  if (line.catalogueItemId === undefined) {
    const free = checkFreeLine(line, path, rates, onDate);
    if (Array.isArray(free)) errors.push(...free);
    return Array.isArray(free) ? null : { free };
  }
  const misplaced = freeFieldsOnCatalogueLine(line, path);
  errors.push(...misplaced);
  const checked = checkItem(line, item, path);
  if (checked && 'path' in checked) {
    errors.push(checked);
    return null;
  }
  // The rate in force on the quote's date: the catalogue's, or its category's successor after a
  // change of rate by law (art. 9.2); the contract re-rates again on the order date.
  const rate = rateOfOrderDate(rates, item!.vat_rate, onDate);
  if (!rate)
    errors.push({
      path: `${path}.catalogueItemId`,
      message: `VAT rate ${item!.vat_rate} % of this item is not in force on ${onDate}`,
      fr: `le taux de TVA de cet article (${item!.vat_rate.replace('.', ',')} %) n'est pas en vigueur au ${formatDateFr(onDate)}`,
    });
  if (!rate || misplaced.length > 0) return null;
  return { item: item!, rental: checked, vatRatePercent: rate.rate.ratePercent };
}

/** What the pricing needs of a checked line. */
function toPrice(line: QuoteLineInput, checked: Checked): LineToPrice {
  const common = {
    kind: line.kind,
    quantity: line.quantity,
    ...(line.discountPercent ? { discountPercent: line.discountPercent } : {}),
  };
  if ('free' in checked)
    return { ...common, unitPriceCents: checked.free.unitPriceCents, vatRatePercent: checked.free.vatRatePercent };
  return {
    ...common,
    ...(line.kind !== 'rental'
      ? { unitPriceCents: line.unitPriceCents ?? checked.item.indicative_price_cents }
      : { rental: checked.rental! }),
    vatRatePercent: checked.vatRatePercent,
  };
}

/** The copied identity of a line: the catalogue's, or none for a free-text service. */
function identityOf(line: QuoteLineInput, checked: Checked) {
  if ('free' in checked)
    return { catalogue_item_id: null, sku: null, label: checked.free.label, category: null, licensed_users: null };
  const { item } = checked;
  return {
    catalogue_item_id: item.id,
    sku: item.sku,
    label: item.name,
    category: item.category,
    licensed_users: licensedUsers(line, item),
  };
}

/**
 * Prices the lines of a draft from the catalogue: label, SKU, price and VAT rate are copied now
 * and never follow later catalogue changes (art. 9.1); a free-text service brings its own. Every
 * bad line is reported at once, by field; nothing is written by this function.
 */
export async function buildLines(
  ctx: AppContext,
  orgId: string,
  quoteId: string,
  inputs: readonly QuoteLineInput[],
  onDate: string,
) {
  const wanted = [...new Set(inputs.flatMap((l) => (l.catalogueItemId === undefined ? [] : [l.catalogueItemId])))];
  const items = new Map((await repo.findCatalogueItems(ctx.db, orgId, wanted)).map((i) => [i.id, i]));
  const rates = await listVatRates(ctx);
  const errors: FieldError[] = [];
  const checked = inputs.map((line, i) =>
    checkLine(line, items.get(line.catalogueItemId ?? ''), `lines.${i}`, rates, onDate, errors),
  );
  if (errors.length > 0) throw new AppError('request.invalid', { errors });
  const ok = checked as Checked[];
  const priced = priceLines(
    inputs.map((line, i) => toPrice(line, ok[i]!)),
    { entered: true },
  );
  const rows: QuoteLinesTable[] = inputs.map((line, i) => {
    const p = priced.lines[i]!;
    return {
      id: newId(),
      org_id: orgId,
      quote_id: quoteId,
      position: i + 1,
      kind: line.kind,
      ...identityOf(line, ok[i]!),
      quantity: p.quantity,
      unit_price_cents: p.unitPriceCents,
      discount_percent: p.discountPercent,
      rent_cents: p.rentCents,
      maintenance_fee_cents: p.maintenanceFeeCents,
      monthly_rent_cents: p.monthlyRentCents,
      rental_months: p.rentalMonths,
      vat_rate: p.vatRatePercent,
      net_cents: p.netCents,
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
