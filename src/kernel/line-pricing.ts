/**
 * Line pricing (pure). Every line nets as quantity × unit price − discount, the EN 16931 way; a
 * rental's unit price is its monthly rent (rental + maintenance fee, art. 9.1) over its duration,
 * so the totals and the VAT breakdown treat the three kinds alike.
 */
import { AppError, type FieldError } from './errors.ts';
import {
  computeVatTotals,
  MAX_DOCUMENT_CENTS,
  MAX_DOCUMENT_EUROS_TEXT,
  MoneyDecimal,
  normalizeRatePercent,
  roundCents,
  type VatBreakdownRow,
} from './money.ts';

export interface LineToPrice {
  kind: 'sale' | 'rental' | 'service';
  quantity: number;
  /** Sale and service lines: the unit price excl. VAT. */
  unitPriceCents?: number;
  discountPercent?: string;
  rental?: { months: number; rentCents: number; maintenanceFeeCents: number };
  vatRatePercent: string;
}

export interface PricedLine {
  quantity: string;
  unitPriceCents: number;
  discountPercent: string | null;
  rentCents: number | null;
  maintenanceFeeCents: number | null;
  monthlyRentCents: number | null;
  rentalMonths: number | null;
  vatRatePercent: string;
  netCents: number;
}

export interface PricedTotals {
  netCents: number;
  vatCents: number;
  grossCents: number;
  /** The monthly rent of all rental lines after discount, or null without rentals. */
  monthlyRentCents: number | null;
  vatBreakdown: Array<Pick<VatBreakdownRow, 'ratePercent' | 'taxableCents' | 'vatCents'>>;
}

function discountOf(grossCents: InstanceType<typeof MoneyDecimal>, percent: string | undefined): number {
  return percent ? roundCents(grossCents.times(percent).dividedBy(100)) : 0;
}

/**
 * Refuses a document whose line (quantity × unit price, before discount) or total incl. VAT
 * comes to more than MAX_DOCUMENT_CENTS (400 naming `lines.<i>` or `lines`): nothing that could
 * not be issued, printed or exchanged later is stored. (A document derived from a bounded one may
 * pass the bound by a rate change, by far less than any technical limit.)
 */
function checkDocumentBound(lineAmounts: ReadonlyArray<InstanceType<typeof MoneyDecimal>>, grossCents = 0) {
  const errors: FieldError[] = [];
  lineAmounts.forEach((amount, i) => {
    if (amount.gt(MAX_DOCUMENT_CENTS))
      errors.push({
        path: `lines.${i}`,
        message: `quantity × unit price comes to more than ${MAX_DOCUMENT_EUROS_TEXT.en}`,
        fr: `quantité × prix unitaire dépasse ${MAX_DOCUMENT_EUROS_TEXT.fr}`,
        code: 'amount_too_large',
      });
  });
  if (errors.length === 0 && !(grossCents <= MAX_DOCUMENT_CENTS)) {
    errors.push({
      path: 'lines',
      message: `the total incl. VAT comes to more than ${MAX_DOCUMENT_EUROS_TEXT.en} (the largest document)`,
      fr: `le total TTC dépasse ${MAX_DOCUMENT_EUROS_TEXT.fr} (le plus gros document admis)`,
      code: 'amount_too_large',
    });
  }
  if (errors.length > 0) throw new AppError('request.invalid', { errors });
}

/**
 * Prices lines. `entered`: the lines of a new document as a person gave them (a quote, a manual
 * invoice, free credit lines), refused (400) beyond MAX_DOCUMENT_CENTS; documents derived from a
 * stored one (a contract's invoices, a re-rated VAT) are priced as they come, never refused later.
 */
export function priceLines(
  lines: readonly LineToPrice[],
  options: { entered?: boolean } = {},
): { lines: PricedLine[]; totals: PricedTotals } {
  let monthlyTotal: number | null = null;
  const prepared = lines.map((l) => {
    const quantity = new MoneyDecimal(l.quantity);
    const monthly = l.rental ? l.rental.rentCents + l.rental.maintenanceFeeCents : null;
    const unit = l.rental ? monthly! * l.rental.months : (l.unitPriceCents ?? 0);
    const discountCents = discountOf(quantity.times(unit), l.discountPercent);
    if (monthly !== null) {
      const gross = quantity.times(monthly);
      monthlyTotal = (monthlyTotal ?? 0) + roundCents(gross.minus(discountOf(gross, l.discountPercent)));
    }
    return {
      l,
      quantity: quantity.toString(),
      unit,
      monthly,
      discountCents,
      vat: normalizeRatePercent(l.vatRatePercent),
    };
  });
  if (options.entered) checkDocumentBound(prepared.map((p) => new MoneyDecimal(p.quantity).times(p.unit)));
  const vat = computeVatTotals(
    prepared.map((p) => ({
      quantity: p.quantity,
      unitPriceCents: p.unit,
      discountCents: p.discountCents,
      vatRatePercent: p.vat,
    })),
  );
  if (options.entered) checkDocumentBound([], vat.grossCents);
  return {
    lines: prepared.map((p, i) => ({
      quantity: p.quantity,
      unitPriceCents: p.unit,
      discountPercent: p.l.discountPercent ? new MoneyDecimal(p.l.discountPercent).toString() : null,
      rentCents: p.l.rental?.rentCents ?? null,
      maintenanceFeeCents: p.l.rental?.maintenanceFeeCents ?? null,
      monthlyRentCents: p.monthly,
      rentalMonths: p.l.rental?.months ?? null,
      vatRatePercent: p.vat,
      netCents: vat.lineNetCents[i]!,
    })),
    totals: {
      netCents: vat.netCents,
      vatCents: vat.vatCents,
      grossCents: vat.grossCents,
      monthlyRentCents: monthlyTotal,
      vatBreakdown: vat.vatBreakdown.map((r) => ({
        ratePercent: r.ratePercent,
        taxableCents: r.taxableCents,
        vatCents: r.vatCents,
      })),
    },
  };
}

/** A stored line (quote or contract) as pricing input again, e.g. to re-rate its VAT (art. 9.2). */
export interface StoredLine {
  kind: LineToPrice['kind'];
  quantity: string;
  unit_price_cents: number;
  discount_percent: string | null;
  rent_cents: number | null;
  maintenance_fee_cents: number | null;
  rental_months: number | null;
  vat_rate: string;
}

/** Prices stored lines again, at their stored VAT rates: the same nets, totals by the same rounding. */
export function priceStoredLines(lines: readonly StoredLine[]) {
  return priceLines(
    lines.map((l) => ({
      kind: l.kind,
      quantity: Number(l.quantity),
      ...(l.kind === 'rental'
        ? {
            rental: {
              months: l.rental_months!,
              rentCents: l.rent_cents!,
              maintenanceFeeCents: l.maintenance_fee_cents ?? 0,
            },
          }
        : { unitPriceCents: l.unit_price_cents }),
      ...(l.discount_percent ? { discountPercent: l.discount_percent } : {}),
      vatRatePercent: l.vat_rate,
    })),
  );
}
