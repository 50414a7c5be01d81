/** Accounting settles a bank line: confirming it records the payment exactly like POST /api/payments (received on the line's date, by transfer); ignoring it leaves it aside. */
import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './payments.repo.ts';
import { type PaymentBody } from './payments.schemas.ts';
import { recordPaymentWithin } from './record-payment.ts';
import { parseProposal } from './read-bank-imports.ts';

async function openLine(ctx: AppContext, actor: Actor, importId: string, lineId: string) {
  const line = await repo.findLine(ctx.db, actor.orgId, importId, lineId);
  if (!line) throw new AppError('bank_import.line_not_found');
  if (line.status !== 'proposed' && line.status !== 'unmatched')
    throw new AppError('bank_import.line_closed', { detail: `The line is already ${line.status}` });
  return line;
}

/**
 * `POST /api/bank-imports/:id/lines/:lineId/confirm`: records the payment (the proposal, or the
 * client and allocations given to correct it) and closes the line; 409 the second time.
 */
export async function confirmLine(
  ctx: AppContext,
  actor: Actor,
  importId: string,
  lineId: string,
  body: { clientId?: string; allocations?: PaymentBody['allocations']; keepExcessAsCredit?: boolean },
): Promise<string> {
  const line = await openLine(ctx, actor, importId, lineId);
  const proposal = parseProposal(line);
  const clientId = body.clientId ?? proposal?.clientId;
  if (!clientId)
    throw new AppError('bank_import.client_required', {
      errors: [
        {
          path: 'clientId',
          message: 'no client was proposed for this line: say who paid',
          fr: "aucun client n'a été proposé pour cette ligne : indiquez qui a payé",
        },
      ],
    });
  // The proposal's allocations hold for the proposed client; another client's go oldest due first.
  const proposed =
    proposal && proposal.clientId === clientId && proposal.allocations.length > 0
      ? proposal.allocations.map((a) => ({ invoiceId: a.invoiceId, amountCents: a.amountCents }))
      : undefined;
  const allocations = body.allocations ?? proposed;
  const input = {
    clientId,
    receivedOn: line.booked_on,
    amountCents: Number(line.amount_cents),
    means: 'bank-transfer' as const,
    ...(line.reference ? { reference: line.reference.slice(0, 140) } : {}),
    ...(line.label ? { label: line.label.slice(0, 500) } : {}),
    ...(allocations ? { allocations } : {}),
    ...(body.keepExcessAsCredit !== undefined ? { keepExcessAsCredit: body.keepExcessAsCredit } : {}),
    bankLineId: line.id,
  };
  const paymentId = newId();
  return ctx.db.transaction().execute(async (trx) => {
    // Closing the line first: a concurrent confirmation waits for it, then finds it closed.
    if (
      !(await repo.closeLine(trx, actor.orgId, line.id, {
        status: 'confirmed',
        payment_id: paymentId,
        client_id: clientId,
      }))
    )
      throw new AppError('bank_import.line_closed');
    return recordPaymentWithin(trx, ctx, actor, { ...input, id: paymentId });
  });
}

/** `POST /api/bank-imports/:id/lines/:lineId/ignore`: not a payment of a client (409 once closed). */
export async function ignoreLine(ctx: AppContext, actor: Actor, importId: string, lineId: string): Promise<void> {
  const line = await openLine(ctx, actor, importId, lineId);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.closeLine(trx, actor.orgId, line.id, { status: 'ignored' })))
      throw new AppError('bank_import.line_closed');
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'bank-line.ignored',
      objectType: 'bank-import',
      objectId: importId,
      actor: actor.userId,
      at,
      decision: {
        lineId: line.id,
        position: line.position,
        bookedOn: line.booked_on,
        amountCents: Number(line.amount_cents),
      },
    });
  });
}
