/**
 * art. 9.2: "La TVA applicable est la TVA en vigueur au jour de passation de la commande, tout
 * changement du taux pourra être répercuté sur le prix". A quote priced at a rate abolished by
 * the order date is re-rated, line by line, to the rate of the same category in force that day;
 * nets never change, VAT and gross follow.
 */
import type { AppContext } from '../../context.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import type { Decision } from '../../kernel/decision.ts';
import { AppError, type FieldError } from '../../kernel/errors.ts';
import { priceStoredLines, type PricedTotals } from '../../kernel/line-pricing.ts';
import { evaluate } from '../../rules/index.ts';
import type { TermsVersion } from '../../terms/index.ts';
import { type QuoteLineRow } from '../quotes/index.ts';
import { listVatRates, rateOfOrderDate, type VatRate } from '../vat-rates/index.ts';

export interface VatRateChangeOnLine {
  position: number;
  label: string;
  category: string;
  fromPercent: string;
  toPercent: string;
}

/** The lines at the rates of the order date; `totals` only when a rate changed. */
export async function vatOfOrderDate(
  ctx: AppContext,
  lines: readonly QuoteLineRow[],
  orderDate: string,
): Promise<{ lines: QuoteLineRow[]; changes: VatRateChangeOnLine[]; totals: PricedTotals | null; rates: VatRate[] }> {
  const rates = await listVatRates(ctx);
  const errors: FieldError[] = [];
  const changes: VatRateChangeOnLine[] = [];
  const out = lines.map((l, i) => {
    const found = rateOfOrderDate(rates, l.vat_rate, orderDate);
    if (!found) {
      errors.push({
        path: `lines.${i}.vatRatePercent`,
        message: `VAT rate ${l.vat_rate} % is not in force on the order date ${orderDate}, and no rate of its category is`,
        fr: `le taux de TVA de ${l.vat_rate.replace('.', ',')} % n'est pas en vigueur à la date de la commande (${formatDateFr(orderDate)}), et aucun taux de sa catégorie ne l'est`,
      });
      return l;
    }
    if (!found.rerated) return l;
    changes.push({
      position: l.position,
      label: l.label,
      category: found.rate.label,
      fromPercent: l.vat_rate,
      toPercent: found.rate.ratePercent,
    });
    return { ...l, vat_rate: found.rate.ratePercent };
  });
  if (errors.length > 0) throw new AppError('request.invalid', { errors });
  return { lines: out, changes, totals: changes.length > 0 ? priceStoredLines(out).totals : null, rates };
}

/** Rule contract.vat-rate (art. 9.2) on the lines whose rate changed: 'rerated' when one did. */
export function vatRateChangeDecision(input: {
  asOf: string;
  terms: TermsVersion;
  contractNumber: string;
  orderDate: string;
  changes: readonly VatRateChangeOnLine[];
  vatCents: { quoted: number; contract: number };
}): Decision {
  const facts = {
    contractNumber: input.contractNumber,
    orderDate: input.orderDate,
    changes: input.changes,
    quotedVatCents: input.vatCents.quoted,
    contractVatCents: input.vatCents.contract,
  };
  return evaluate('contract.vat-rate', facts, { asOf: input.asOf, terms: input.terms });
}
