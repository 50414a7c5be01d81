/**
 * The credit notes of a termination (art. 15.2: ALLEO "restituera les sommes éventuellement
 * versées par le Client au titre des commandes non encore exécutées, sauf lorsque la résolution
 * est motivée par une faute du Client"). One credit note per rent invoice listed for refund,
 * drafted through the invoices module's credit-note use case inside the termination's
 * transaction: the termination and its credit notes commit together or not at all.
 *
 * Drafted, not issued — as the credit note of a return (art. 12, module claims): a credit note's
 * number is taken at issue from the gapless counter, and issuing (and sending it to the client's
 * platform) stays accounting's act, done from the invoices screen; the termination does not hold
 * the counter's lock, and a draft can still be reviewed before it becomes a legal document.
 */
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { formatDateFr, maxDate } from '../../kernel/dates.ts';
import type { Actor } from '../auth/index.ts';
import { createCreditNoteWithin } from '../invoices/index.ts';
import type * as repo from './lifecycle.repo.ts';

type RentLine = Awaited<ReturnType<typeof repo.rentLinesFrom>>[number];

/** A rent line listed for refund (terminate-contract.ts refundItems). */
interface Item {
  invoiceId: string;
  invoiceNumber: string | null;
  invoiceLineId: string;
  label: string;
  periodStart: string | null;
  periodEnd: string | null;
  daysNotExecuted: number;
  netCents: number;
  creditNoteId: string | null;
}

export interface TerminationCredit {
  id: string;
  invoiceId: string;
  invoiceNumber: string | null;
  netCents: number;
}

/**
 * Drafts the credit notes of the items (grouped by invoice, at the rates and nature of the lines
 * they refund), sets each item's creditNoteId, and returns them in the order of the invoices.
 */
export async function draftTerminationCredits(
  trx: Db,
  ctx: AppContext,
  actor: Actor,
  t: { contractNumber: string; effectiveOn: string; article: string; refundReason: string },
  items: Item[],
  lines: readonly RentLine[],
): Promise<TerminationCredit[]> {
  const byLine = new Map(lines.map((l) => [l.line_id, l]));
  const byInvoice = new Map<string, Item[]>();
  for (const i of items.filter((i) => i.netCents > 0))
    byInvoice.set(i.invoiceId, [...(byInvoice.get(i.invoiceId) ?? []), i]);
  const credits: TerminationCredit[] = [];
  for (const [invoiceId, its] of byInvoice) {
    const id = await createCreditNoteWithin(trx, ctx, actor, invoiceId, {
      reason:
        `Résiliation du contrat n° ${t.contractNumber} à compter du ${formatDateFr(t.effectiveOn)} (art. ${t.article}) : ` +
        `sommes versées au titre de prestations non exécutées, remboursées (${t.refundReason})`,
      lines: its.map((i) => {
        const line = byLine.get(i.invoiceLineId)!;
        return {
          label: `${i.label} — non exécuté du ${formatDateFr(maxDate(t.effectiveOn, i.periodStart!))} au ${formatDateFr(i.periodEnd!)} (${i.daysNotExecuted} j)`,
          nature: line.nature,
          quantity: 1,
          unitPriceCents: i.netCents,
          vatRatePercent: line.vat_rate,
        };
      }),
    });
    for (const i of its) i.creditNoteId = id;
    credits.push({
      id,
      invoiceId,
      invoiceNumber: its[0]!.invoiceNumber,
      netCents: its.reduce((s, i) => s + i.netCents, 0),
    });
  }
  return credits;
}
