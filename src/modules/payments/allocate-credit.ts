/** Allocating later what a payment left as the client's credit (an overpayment, a prepayment). */
import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { applyAllocations, checkAllocations, evidenceAllocations, sharedContract } from './allocate.ts';
import * as repo from './payments.repo.ts';
import type { AllocationInput } from './payments.schemas.ts';

/** `POST /api/payments/:id/allocations`: same checks as a new payment, within the credit left. */
export async function allocateCredit(
  ctx: AppContext,
  actor: Actor,
  paymentId: string,
  allocations: AllocationInput[],
): Promise<void> {
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const payment = await repo.lockPayment(trx, ctx.dialect, actor.orgId, paymentId);
    if (!payment) throw new AppError('payment.not_found');
    if (payment.status !== 'recorded') throw new AppError('payment.reversed');
    const available = Number(payment.amount_cents) - (await repo.allocatedOf(trx, actor.orgId, paymentId));
    const planned = await checkAllocations(
      trx,
      actor.orgId,
      payment.client_id,
      allocations,
      available,
      'payment.credit_exceeded',
    );
    await applyAllocations(
      trx,
      { orgId: actor.orgId, paymentId, receivedOn: payment.received_on, actorId: actor.userId, at },
      planned,
    );
    await repo.touchPayment(trx, actor.orgId, paymentId, at);
    const allocated = planned.reduce((s, p) => s + p.amountCents, 0);
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'payment.allocated',
      objectType: 'payment',
      objectId: paymentId,
      contractId: sharedContract(planned),
      actor: actor.userId,
      at,
      decision: {
        clientId: payment.client_id,
        receivedOn: payment.received_on,
        allocations: evidenceAllocations(planned),
        unallocatedCents: available - allocated,
      },
    });
  });
}
