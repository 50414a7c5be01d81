/**
 * Live totals of the quote editor: the same arithmetic as the server (src/modules/quotes/
 * pricing.ts) on the pure kernel, so the screen shows to the cent what issuing will store —
 * each line net rounded, then VAT once per rate (EN 16931), and the monthly rent of rentals.
 */
import { computeVatTotals, MoneyDecimal, normalizeRatePercent, roundCents } from '../../../../src/kernel/money.ts';
import type { LineKind, Totals } from '../../types/quotes.ts';

/** A complete line, as numbers the pricing takes. */
export interface LiveLine {
  kind: LineKind;
  /** Decimal string, more than 0. */
  quantity: string;
  /** Sale and service: unit price excl. VAT. */
  unitPriceCents?: number;
  /** Decimal percent string, or undefined for none. */
  discountPercent?: string;
  rental?: { months: number; rentCents: number; maintenanceFeeCents: number };
  vatRatePercent: string;
}

const discountOf = (gross: InstanceType<typeof MoneyDecimal>, percent: string | undefined) =>
  percent ? roundCents(gross.times(percent).dividedBy(100)) : 0;

/** Net of each line (null for an incomplete one) and the totals of the complete lines. */
export function livePricing(lines: ReadonlyArray<LiveLine | null>): { lineNets: Array<number | null>; totals: Totals } {
  let monthlyRentCents: number | null = null;
  const complete = lines.flatMap((line, index) => (line ? [{ line, index }] : []));
  const prepared = complete.map(({ line }) => {
    const quantity = new MoneyDecimal(line.quantity);
    const monthly = line.rental ? line.rental.rentCents + line.rental.maintenanceFeeCents : null;
    const unit = line.rental ? monthly! * line.rental.months : (line.unitPriceCents ?? 0);
    if (monthly !== null) {
      const gross = quantity.times(monthly);
      monthlyRentCents = (monthlyRentCents ?? 0) + roundCents(gross.minus(discountOf(gross, line.discountPercent)));
    }
    return {
      quantity: quantity.toString(),
      unitPriceCents: unit,
      discountCents: discountOf(quantity.times(unit), line.discountPercent),
      vatRatePercent: normalizeRatePercent(line.vatRatePercent),
    };
  });
  const vat = computeVatTotals(prepared);
  const lineNets: Array<number | null> = lines.map(() => null);
  complete.forEach(({ index }, i) => {
    lineNets[index] = vat.lineNetCents[i] ?? null;
  });
  return {
    lineNets,
    totals: {
      netCents: vat.netCents,
      vatCents: vat.vatCents,
      grossCents: vat.grossCents,
      monthlyRentCents,
      vatBreakdown: vat.vatBreakdown.map((row) => ({
        ratePercent: row.ratePercent,
        taxableCents: row.taxableCents,
        vatCents: row.vatCents,
      })),
    },
  };
}
