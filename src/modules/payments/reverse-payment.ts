/**
 * Reversing a payment the bank took back (a bounced direct debit, a recalled transfer): every
 * allocation is undone on its invoice or debit note, which is open again (its settlement date
 * cleared), and the payment leaves no credit. The allocation rows stay, as history.
 */
import type { AppContext } from '../../context.ts';
import type { Db, Dialect } from '../../db/database.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './payments.repo.ts';
import { removePaid } from '../invoices/index.ts';
import { removeDebitNotePaid } from '../debit-notes/index.ts';

/** The invoice or debit note an allocation pays (exactly one of the two is set; id '' if neither). */
function targetOf(a: Pick<repo.AllocationRow, 'invoice_id' | 'debit_note_id'>): {
  kind: 'invoice' | 'debit-note';
  id: string;
} {
  return a.invoice_id ? { kind: 'invoice', id: a.invoice_id } : { kind: 'debit-note', id: a.debit_note_id ?? '' };
}

/** `POST /api/payments/:id/reverse`: 409 payment.already_reversed the second time. */
export async function reversePayment(
  ctx: AppContext,
  actor: Actor,
  paymentId: string,
  input: { reason: string; reversedOn: string },
): Promise<void> {
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute((trx) => reversePaymentWithin(trx, ctx.dialect, at, actor, paymentId, input));
}

/**
 * The reversal inside the caller's transaction: a returned SEPA debit (R-transaction, module
 * `sepa`) records its return in the same transaction as the payment it reverses.
 */
export async function reversePaymentWithin(
  trx: Db,
  dialect: Dialect,
  at: string,
  actor: Pick<Actor, 'orgId' | 'userId'>,
  paymentId: string,
  input: { reason: string; reversedOn: string },
): Promise<void> {
  {
    const payment = await repo.lockPayment(trx, dialect, actor.orgId, paymentId);
    if (!payment) throw new AppError('payment.not_found');
    if (payment.status !== 'recorded')
      throw new AppError('payment.already_reversed', { detail: `Reversed on ${payment.reversed_on}` });
    if (input.reversedOn < payment.received_on)
      throw new AppError('request.invalid', {
        errors: [
          {
            path: 'reversedOn',
            message: `cannot be before the payment was received (${payment.received_on})`,
            fr: `ne peut pas précéder la réception du règlement (${formatDateFr(payment.received_on)})`,
          },
        ],
      });
    if (
      !(await repo.markReversed(trx, actor.orgId, paymentId, {
        reversed_on: input.reversedOn,
        reversal_reason: input.reason,
        updated_at: at,
      }))
    )
      throw new AppError('payment.already_reversed');
    // A credit note issued meanwhile on one of these invoices gives the overpayment back to this
    // payment: under the invoice's lock it shrinks or deletes the allocation, and this payment still
    // looks recorded to it until we commit. So the documents are locked first (by id, like
    // allocating does), and the allocations read again under those locks are what is undone.
    // New allocations of this payment need its lock, held since lockPayment: the set only shrinks.
    const targets = (await repo.allocationsOf(trx, actor.orgId, [paymentId])).map(targetOf).filter((x) => x.id !== '');
    await repo.lockAllocationTargets(trx, dialect, actor.orgId, targets);
    const locked = new Set(targets.map((x) => x.id));
    const allocations = (await repo.allocationsOf(trx, actor.orgId, [paymentId])).sort((x, y) =>
      targetOf(x).id.localeCompare(targetOf(y).id),
    );
    const contracts = new Set<string | null>();
    for (const a of allocations) {
      const target = targetOf(a);
      if (target.id === '') continue;
      if (!locked.has(target.id))
        throw new Error(`Payment ${paymentId}: allocation ${a.id} appeared while the payment was locked`);
      const undone =
        target.kind === 'invoice'
          ? await removePaid(trx, actor.orgId, target.id, Number(a.amount_cents), at)
          : await removeDebitNotePaid(trx, actor.orgId, target.id, Number(a.amount_cents));
      // Never less than nothing paid: the transaction is rolled back rather than the books corrupted.
      if (!undone)
        throw new Error(
          `Payment ${paymentId}: ${target.kind} ${target.id} holds less than the ${a.amount_cents} cents of allocation ${a.id}`,
        );
      contracts.add(
        target.kind === 'invoice'
          ? ((await repo.findInvoiceForAllocation(trx, actor.orgId, target.id))?.contract_id ?? null)
          : null,
      );
    }
    await appendEvidence(trx, dialect, {
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
        undone: allocations.map((a) => ({
          ...(a.invoice_id
            ? { invoiceId: a.invoice_id, number: a.invoice_number }
            : { debitNoteId: a.debit_note_id, number: a.debit_note_number }),
          amountCents: Number(a.amount_cents),
        })),
      },
    });
  }
}
