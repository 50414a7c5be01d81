/**
 * The payments counted on invoices, as the late-payment rule (invoice.late-payment) takes them:
 * recorded payments only (a reversed one never paid anything), each dated when its funds were at
 * ALLEO's disposal for that invoice (R3): the receipt date, or the invoice's issue date for a
 * credit the client already had.
 */
import type { Db } from '../../db/database.ts';
import * as repo from './payments.repo.ts';

export async function paymentFactsOf(
  db: Db,
  orgId: string,
  invoiceIds: string[],
): Promise<Map<string, Array<{ date: string; amountCents: number }>>> {
  const out = new Map<string, Array<{ date: string; amountCents: number }>>();
  if (invoiceIds.length === 0) return out;
  for (const r of await repo.liveInvoiceAllocations(db, orgId, [...new Set(invoiceIds)])) {
    const id = r.invoice_id!;
    const date = r.issue_date && r.issue_date > r.received_on ? r.issue_date : r.received_on;
    out.set(id, [...(out.get(id) ?? []), { date, amountCents: Number(r.amount_cents) }]);
  }
  for (const list of out.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return out;
}
