/** Figures of a list of invoices and credit notes (the totals under the invoices list). */
import type { InvoiceSummary } from '../../types/invoices.ts';

export interface ListTotals {
  count: number;
  netCents: number;
  grossCents: number;
  openCents: number;
}

/**
 * Sums of the listed documents: a credit note lowers the totals excl. and incl. VAT (it cancels
 * what it corrects); the open amount is what clients still owe on the listed invoices.
 */
export function listTotals(
  items: readonly Pick<InvoiceSummary, 'kind' | 'netCents' | 'grossCents' | 'openCents'>[],
): ListTotals {
  let netCents = 0;
  let grossCents = 0;
  let openCents = 0;
  for (const item of items) {
    const sign = item.kind === 'credit-note' ? -1 : 1;
    netCents += sign * item.netCents;
    grossCents += sign * item.grossCents;
    openCents += item.kind === 'invoice' ? item.openCents : 0;
  }
  return { count: items.length, netCents, grossCents, openCents };
}

/** What the client owes on an invoice today: the open amount plus the late charges computed. */
export function owedToday(
  invoice: Pick<InvoiceSummary, 'openCents' | 'lateInterestCents' | 'lateIndemnityCents'>,
): number {
  return invoice.openCents + invoice.lateInterestCents + invoice.lateIndemnityCents;
}
