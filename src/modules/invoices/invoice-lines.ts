/**
 * Invoice lines and totals (pure). Every line nets as quantity × unit price − discount and the
 * totals follow EN 16931 (VAT per rate on the sum of the line nets), through the same pricing as
 * quotes, so an invoice of a contract's lines carries the contract's figures to the cent.
 */
import type { InvoiceLinesTable } from '../../db/schema.ts';
import { newId } from '../../kernel/ids.ts';
import { priceLines } from '../../kernel/line-pricing.ts';

/** Hardware categories of the catalogue: selling them delivers goods; everything else is a service. */
const GOODS_CATEGORIES = new Set(['firewall', 'wifi-access-point', 'switch']);

export interface LineDraft {
  kind: 'sale' | 'rental' | 'service';
  nature: 'goods' | 'services';
  contractLineId: string | null;
  catalogueItemId: string | null;
  sku: string | null;
  label: string;
  quantity: number;
  unitPriceCents: number;
  discountPercent: string | null;
  vatRatePercent: string;
  periodStart?: string;
  periodEnd?: string;
}

/** Goods or services for the invoice mentions (8° bis): a rental is a service (hire of goods). */
export function natureOfContractLine(l: {
  kind: 'sale' | 'rental' | 'service';
  category: string | null;
}): 'goods' | 'services' {
  return l.kind === 'sale' && l.category !== null && GOODS_CATEGORIES.has(l.category) ? 'goods' : 'services';
}

/** The invoice-level nature: exclusively goods, exclusively services, or both. */
export function natureOfLines(lines: ReadonlyArray<{ nature: 'goods' | 'services' }>): 'goods' | 'services' | 'mixed' {
  const natures = new Set(lines.map((l) => l.nature));
  return natures.size > 1 ? 'mixed' : natures.has('goods') ? 'goods' : 'services';
}

/** A line typed by hand (manual invoice, free credit line): no contract line, no catalogue item. */
export function manualLineDraft(l: {
  label: string;
  sku?: string | undefined;
  nature: 'goods' | 'services';
  quantity: number;
  unitPriceCents: number;
  discountPercent?: string | undefined;
  vatRatePercent: string;
}): LineDraft {
  return {
    kind: l.nature === 'goods' ? 'sale' : 'service',
    nature: l.nature,
    contractLineId: null,
    catalogueItemId: null,
    sku: l.sku ?? null,
    label: l.label,
    quantity: l.quantity,
    unitPriceCents: l.unitPriceCents,
    discountPercent: l.discountPercent ?? null,
    vatRatePercent: l.vatRatePercent,
  };
}

export interface PricedInvoice {
  lines: Array<Omit<InvoiceLinesTable, 'invoice_id' | 'org_id'>>;
  netCents: number;
  vatCents: number;
  grossCents: number;
  vatBreakdownJson: string;
  nature: 'goods' | 'services' | 'mixed';
}

/** Prices the drafts: line nets, VAT breakdown and totals (`entered`: lines typed by hand, bounded, see priceLines). */
export function priceInvoice(drafts: readonly LineDraft[], options: { entered?: boolean } = {}): PricedInvoice {
  const priced = priceLines(
    drafts.map((d) => ({
      kind: 'sale' as const,
      quantity: d.quantity,
      unitPriceCents: d.unitPriceCents,
      ...(d.discountPercent ? { discountPercent: d.discountPercent } : {}),
      vatRatePercent: d.vatRatePercent,
    })),
    options,
  );
  return {
    lines: drafts.map((d, i) => ({
      id: newId(),
      position: i + 1,
      kind: d.kind,
      nature: d.nature,
      contract_line_id: d.contractLineId,
      catalogue_item_id: d.catalogueItemId,
      sku: d.sku,
      label: d.label,
      quantity: priced.lines[i]!.quantity,
      unit_price_cents: d.unitPriceCents,
      discount_percent: priced.lines[i]!.discountPercent,
      vat_rate: priced.lines[i]!.vatRatePercent,
      net_cents: priced.lines[i]!.netCents,
      period_start: d.periodStart ?? null,
      period_end: d.periodEnd ?? null,
    })),
    netCents: priced.totals.netCents,
    vatCents: priced.totals.vatCents,
    grossCents: priced.totals.grossCents,
    vatBreakdownJson: JSON.stringify(priced.totals.vatBreakdown),
    nature: natureOfLines(drafts),
  };
}
