/**
 * `POST /api/debit-notes/preview`: what `POST /api/debit-notes` would claim today, invoice by
 * invoice, without issuing anything — the dialog states it before the user confirms.
 */
import { parisDate, type AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { claimsOnDemand } from './claims-on-demand.ts';

export async function previewDebitNote(
  ctx: AppContext,
  actor: Actor,
  input: { clientId: string; invoiceIds?: string[] },
) {
  const today = parisDate(ctx.now());
  const { claims } = await claimsOnDemand(ctx, actor, input, today);
  const rows = claims.map((c) => ({
    invoiceId: c.invoice.id,
    invoiceNumber: c.invoice.number ?? '',
    dueDate: c.invoice.due_date ?? '',
    daysLate: c.daysLate,
    interestCents: c.interestCents,
    indemnityCents: c.indemnityCents,
    article: c.decision.citation.article,
  }));
  return {
    issueDate: today,
    rows,
    totalCents: rows.reduce((s, r) => s + r.interestCents + r.indemnityCents, 0),
  };
}
