/** A draft invoice by hand: indemnities, repairs, re-invoiced shipping. */
import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { findClient } from '../clients/index.ts';
import { requireVatRateInForce, vatRateTable } from '../vat-rates/index.ts';
import { manualLineDraft, priceInvoice } from './invoice-lines.ts';
import * as repo from './invoices.repo.ts';
import type { ManualInvoiceBody } from './invoices.schemas.ts';
import { insertDraft } from './invoice-drafts.ts';

/**
 * A manual draft invoice (indemnities, repairs, shipping re-invoiced). Returns the draft as stored,
 * with the client's and contract's names, so that the answer needs no read back (issue #19).
 */
export async function createManualInvoice(
  ctx: AppContext,
  actor: Actor,
  input: ManualInvoiceBody,
): Promise<{ row: repo.InvoiceRow; lines: repo.InvoiceLineRow[] }> {
  // Independent reads, side by side: on PostgreSQL each is a round trip (issue #19).
  const [client, contract, rates] = await Promise.all([
    findClient(ctx, actor.orgId, input.clientId),
    input.contractId ? repo.contractForBilling(ctx.db, actor.orgId, input.contractId, null) : null,
    vatRateTable(ctx.db),
  ]);
  if (!client)
    throw new AppError('client.not_found', {
      errors: [{ path: 'clientId', message: 'no such client', fr: 'client inconnu' }],
    });
  if (input.contractId && (!contract || contract.client_id !== input.clientId))
    throw new AppError('contract.not_found', {
      errors: [
        { path: 'contractId', message: 'no such contract for this client', fr: 'contrat inconnu pour ce client' },
      ],
    });
  const today = parisDate(ctx.now());
  for (const [i, l] of input.lines.entries())
    await requireVatRateInForce(ctx, l.vatRatePercent, today, `lines.${i}.vatRatePercent`, rates);
  const lines = input.lines.map(manualLineDraft);
  priceInvoice(lines, { entered: true }); // refuses (400) lines or a total beyond the largest document
  const at = ctx.now().toISOString();
  const stored = await ctx.db.transaction().execute((trx) =>
    insertDraft(trx, {
      orgId: actor.orgId,
      clientId: input.clientId,
      paymentMeans: client.payment_method,
      contract: contract ?? null,
      origin: 'manual',
      billingKey: null,
      operationDate: input.operationDate ?? null,
      purchaseOrderReference: input.purchaseOrderReference ?? null,
      notes: input.notes ?? [],
      lines,
      actorId: actor.userId,
      at,
    }),
  );
  return {
    row: { ...stored.row, client_name: client.legal_name, contract_number: contract?.number ?? null },
    lines: stored.lines,
  };
}
