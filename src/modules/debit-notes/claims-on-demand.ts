/**
 * What a debit note on demand would claim today on a client's late invoices (or the ones named),
 * each evaluated afresh by rule invoice.late-payment — shared by the preview the dialog shows
 * before confirming and by the issue itself, so the two state the same invoices and amounts.
 */
import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { loadEcbRates } from '../ecb-rates/index.ts';
import { evaluateLate, paymentsByInvoice, paymentsOfInvoices, termsResolver } from '../late-payment/index.ts';
import { claimOf, type Claim } from './claims.ts';
import * as repo from './debit-notes.repo.ts';

export async function claimsOnDemand(
  ctx: AppContext,
  actor: Actor,
  input: { clientId: string; invoiceIds?: string[] },
  today: string,
) {
  const client = await repo.findClient(ctx.db, actor.orgId, input.clientId);
  if (!client)
    throw new AppError('client.not_found', {
      errors: [{ path: 'clientId', message: 'no such client', fr: 'client inconnu' }],
    });
  let invoices = await repo.lateInvoicesOfClient(ctx.db, actor.orgId, client.id, today);
  if (input.invoiceIds) {
    const byId = new Map(invoices.map((i) => [i.id, i]));
    const missing = input.invoiceIds.map((id, i) => ({ id, i })).filter((x) => !byId.has(x.id));
    if (missing.length > 0)
      throw new AppError('debit_note.invoice_not_claimable', {
        errors: missing.map((m) => ({
          path: `invoiceIds.${m.i}`,
          message: 'not a late invoice of this client',
          fr: "ce n'est pas une facture en retard de ce client",
        })),
      });
    const wanted = new Set(input.invoiceIds);
    invoices = invoices.filter((i) => wanted.has(i.id));
  }
  const ecbRates = await loadEcbRates(ctx);
  const termsOf = termsResolver(ctx, actor.orgId, today);
  const payments = paymentsByInvoice(
    await paymentsOfInvoices(
      ctx.db,
      actor.orgId,
      invoices.map((i) => i.id),
    ),
  );
  const claims: Claim[] = [];
  for (const inv of invoices) {
    const decision = evaluateLate(inv, payments.get(inv.id) ?? [], {
      asOf: today,
      terms: await termsOf(inv.terms_version),
      ecbRates,
    });
    const claim = decision ? claimOf(inv, decision) : null;
    if (claim) claims.push(claim);
  }
  if (claims.length === 0) throw new AppError('debit_note.nothing_to_claim');
  return { client, claims };
}
