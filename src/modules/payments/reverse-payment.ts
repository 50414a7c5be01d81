/**
 * Reversing a payment the bank took back (a bounced direct debit, a recalled transfer): every
 * allocation is undone on its invoice or debit note, which is open again (its settlement date
 * cleared), and the payment leaves no credit. The allocation rows stay, as history.
 */
import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './payments.repo.ts';

/** `POST /api/payments/:id/reverse`: 409 payment.already_reversed the second time. */
export async function reversePayment(ctx: AppContext, actor: Actor, paymentId: string, input: { reason: string; reversedOn: string }): Promise<void> {
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const payment = await repo.lockPayment(trx, ctx.dialect, actor.orgId, paymentId);
    if (!payment) throw new AppError('payment.not_found');
    if (payment.status !== 'recorded') throw new AppError('payment.already_reversed', { detail: `Reversed on ${payment.reversed_on}` });
    if (input.reversedOn < payment.received_on) throw new AppError('request.invalid', { errors: [{ path: 'reversedOn', message: `cannot be before the payment was received (${payment.received_on})`, fr: `ne peut pas précéder la réception du règlement (${formatDateFr(payment.received_on)})` }] });
    if (!(await repo.markReversed(trx, actor.orgId, paymentId, { reversed_on: input.reversedOn, reversal_reason: input.reason, updated_at: at }))) throw new AppError('payment.already_reversed');
    // Locked in one order (by document id), like allocating does.
    const allocations = (await repo.allocationsOf(trx, actor.orgId, [paymentId])).sort((x, y) => (x.invoice_id ?? x.debit_note_id ?? '').localeCompare(y.invoice_id ?? y.debit_note_id ?? ''));
    const contracts = new Set<string | null>();
    for (const a of allocations) {
      if (a.invoice_id) {
        await repo.removePaid(trx, actor.orgId, a.invoice_id, Number(a.amount_cents), at);
        const inv = await repo.findInvoiceForAllocation(trx, actor.orgId, a.invoice_id);
        contracts.add(inv?.contract_id ?? null);
      } else if (a.debit_note_id) {
        await repo.removeDebitNotePaid(trx, actor.orgId, a.debit_note_id, Number(a.amount_cents));
        contracts.add(null);
      }
    }
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'payment.reversed',
      objectType: 'payment',
      objectId: paymentId,
      contractId: contracts.size === 1 ? [...contracts][0]! : null,
      actor: actor.userId,
      at,
      decision: {
        clientId: payment.client_id,
        receivedOn: payment.received_on,
        amountCents: Number(payment.amount_cents),
        reversedOn: input.reversedOn,
        reason: input.reason,
        undone: allocations.map((a) => ({ ...(a.invoice_id ? { invoiceId: a.invoice_id, number: a.invoice_number } : { debitNoteId: a.debit_note_id, number: a.debit_note_number }), amountCents: Number(a.amount_cents) })),
      },
    });
  });
}
