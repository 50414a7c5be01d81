/**
 * Recording a payment as received (CGV art. 10; LEGAL.md R3: it counts on the date the funds
 * reached ALLEO). In one transaction: the payment, its allocations, the invoices' paid amounts
 * and settlement dates, and the evidence entry. What is not allocated stays the client's credit.
 */
import { parisDate, type AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { formatEurosEn, formatEurosFr } from '../../kernel/money.ts';
import type { Actor } from '../auth/index.ts';
import { notifyStaff } from '../notifications/index.ts';
import {
  applyAllocations,
  checkAllocations,
  evidenceAllocations,
  oldestFirst,
  sharedContract,
  type PlannedAllocation,
} from './allocate.ts';
import * as repo from './payments.repo.ts';
import type { PaymentBody } from './payments.schemas.ts';

export interface RecordPaymentInput extends PaymentBody {
  /** The bank statement line the payment comes from. */
  bankLineId?: string;
  /** The new payment's id when the caller needs it first (default: a new one). */
  id?: string;
}

/** Where the money goes: the allocations given, or the open invoices oldest due date first. */
async function plan(trx: Db, orgId: string, input: RecordPaymentInput): Promise<PlannedAllocation[]> {
  if (input.allocations)
    return checkAllocations(
      trx,
      orgId,
      input.clientId,
      input.allocations,
      input.amountCents,
      'payment.allocations_exceed_amount',
    );
  const { planned, totalOpenCents } = oldestFirst(
    await repo.openInvoicesOfClient(trx, orgId, input.clientId),
    input.amountCents,
  );
  if (input.amountCents > totalOpenCents && !input.keepExcessAsCredit) {
    throw new AppError('payment.excess_unallocated', {
      detail: `The payment (${input.amountCents} cents) is larger than what the client has open (${totalOpenCents} cents): say where it goes (allocations) or keep the excess as credit (keepExcessAsCredit: true)`,
      errors: [
        {
          path: 'allocations',
          message: `payment larger than what is open (${totalOpenCents} cents): say where it goes or set keepExcessAsCredit`,
          fr: `règlement supérieur au reste dû (${formatEurosFr(totalOpenCents)}) : indiquez les affectations ou conservez l'excédent en avoir (keepExcessAsCredit)`,
        },
      ],
      extra: { openCents: totalOpenCents },
    });
  }
  return planned;
}

/** Records a payment inside the caller's transaction; returns its id. */
export async function recordPaymentWithin(
  trx: Db,
  ctx: AppContext,
  actor: Actor,
  input: RecordPaymentInput,
): Promise<string> {
  const client = await repo.findClientName(trx, actor.orgId, input.clientId);
  if (!client)
    throw new AppError('client.not_found', {
      errors: [{ path: 'clientId', message: 'no such client', fr: 'client inconnu' }],
    });
  const today = parisDate(ctx.now());
  if (input.receivedOn > today)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'receivedOn',
          message: `funds cannot be received after today (${today})`,
          fr: `un règlement ne peut pas être reçu après aujourd'hui (${formatDateFr(today)})`,
        },
      ],
    });
  const planned = await plan(trx, actor.orgId, input);
  const at = ctx.now().toISOString();
  const id = input.id ?? newId();
  await repo.insertPayment(trx, {
    id,
    org_id: actor.orgId,
    client_id: input.clientId,
    received_on: input.receivedOn,
    amount_cents: input.amountCents,
    means: input.means,
    reference: input.reference ?? null,
    label: input.label ?? null,
    status: 'recorded',
    reversed_on: null,
    reversal_reason: null,
    bank_line_id: input.bankLineId ?? null,
    created_by: actor.userId,
    created_at: at,
    updated_at: at,
  });
  await applyAllocations(
    trx,
    { orgId: actor.orgId, paymentId: id, receivedOn: input.receivedOn, actorId: actor.userId, at },
    planned,
  );
  const allocated = planned.reduce((s, p) => s + p.amountCents, 0);
  await appendEvidence(trx, ctx.dialect, {
    orgId: actor.orgId,
    kind: 'payment.recorded',
    objectType: 'payment',
    objectId: id,
    contractId: sharedContract(planned),
    actor: actor.userId,
    at,
    decision: {
      clientId: input.clientId,
      receivedOn: input.receivedOn,
      amountCents: input.amountCents,
      means: input.means,
      reference: input.reference ?? null,
      allocations: evidenceAllocations(planned),
      unallocatedCents: input.amountCents - allocated,
      ...(input.bankLineId ? { bankLineId: input.bankLineId } : {}),
    },
  });
  const amount = formatEurosFr(input.amountCents);
  await notifyStaff(trx, ctx, {
    orgId: actor.orgId,
    kind: 'payment.received',
    objectType: 'payment',
    objectId: id,
    at,
    fr: `Règlement de ${amount} reçu de ${client.legal_name} le ${formatDateFr(input.receivedOn)}`,
    en: `Payment of ${formatEurosEn(input.amountCents)} received from ${client.legal_name} on ${input.receivedOn}`,
  });
  return id;
}

/** `POST /api/payments`. */
export function recordPayment(ctx: AppContext, actor: Actor, input: PaymentBody): Promise<string> {
  return ctx.db.transaction().execute((trx) => recordPaymentWithin(trx, ctx, actor, input));
}
