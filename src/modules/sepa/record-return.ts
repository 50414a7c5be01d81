/**
 * A returned SEPA direct debit (R-transaction: return, reject, refund — AC04 account closed, AM04
 * insufficient funds, MD06 refund requested…), recorded by hand or from a camt.053 entry. The
 * payment that the debit brought is reversed through the payments module's reversal, in the same
 * transaction as the return: the invoice is open again, and the late-payment rules (art. 10.3)
 * apply to it as to any unpaid invoice from its due date. The debit of the run is marked returned.
 */
import type { AppContext } from '../../context.ts';
import { parisDate } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { parseCamt053, reversePaymentWithin } from '../payments/index.ts';
import * as repo from './sepa.repo.ts';

export interface ReturnInput {
  /** The payment to reverse, or the invoice whose direct-debit payment it is. */
  paymentId?: string | undefined;
  invoiceId?: string | undefined;
  reasonCode: string;
  returnedOn: string;
}

async function recordOne(
  ctx: AppContext,
  actor: Pick<Actor, 'orgId' | 'userId'>,
  input: ReturnInput & { source: 'bank' | 'manual'; bankReference?: string; endToEndId?: string },
): Promise<{ returnId: string; paymentId: string; invoiceId: string | null }> {
  const at = ctx.now().toISOString();
  let paymentId = input.paymentId;
  let invoiceId = input.invoiceId ?? null;
  let debit: repo.DebitRow | undefined;
  if (input.endToEndId) {
    debit = await repo.debitByEndToEnd(ctx.db, actor.orgId, input.endToEndId);
    invoiceId = debit?.invoice_id ?? null;
  }
  if (!paymentId && invoiceId) paymentId = (await repo.directDebitPaymentOfInvoice(ctx.db, actor.orgId, invoiceId))?.id;
  if (!paymentId)
    throw new AppError('sepa.not_a_direct_debit', {
      errors: [
        {
          path: input.endToEndId ? 'EndToEndId' : input.invoiceId ? 'invoiceId' : 'paymentId',
          message: 'no recorded direct-debit payment found to reverse',
          fr: 'aucun règlement par prélèvement enregistré à contre-passer',
        },
      ],
    });
  const payment = await repo.findPayment(ctx.db, actor.orgId, paymentId);
  if (!payment) throw new AppError('payment.not_found');
  if (payment.means !== 'direct-debit')
    throw new AppError('sepa.not_a_direct_debit', {
      errors: [
        { path: 'paymentId', message: `payment means is ${payment.means}`, fr: `règlement par ${payment.means}` },
      ],
    });
  if (payment.status !== 'recorded') throw new AppError('sepa.already_returned');
  if (!invoiceId) invoiceId = (await repo.invoicesOfPayment(ctx.db, actor.orgId, paymentId))[0]?.invoice_id ?? null;
  if (!debit && invoiceId) {
    const d = await repo.debitsOfInvoice(ctx.db, actor.orgId, invoiceId);
    debit = d;
  }
  const returnId = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await reversePaymentWithin(trx, ctx.dialect, at, actor, paymentId, {
      reason: `SEPA R-transaction ${input.reasonCode}${input.bankReference ? ` (${input.bankReference})` : ''}`,
      reversedOn: input.returnedOn,
    });
    await repo.insertReturn(trx, {
      id: returnId,
      org_id: actor.orgId,
      payment_id: paymentId,
      invoice_id: invoiceId,
      debit_id: debit?.id ?? null,
      reason_code: input.reasonCode,
      returned_on: input.returnedOn,
      source: input.source,
      bank_reference: input.bankReference ?? null,
      created_by: actor.userId,
      created_at: at,
    });
    if (debit) await repo.markDebitReturned(trx, debit.id);
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'sepa.debit-returned',
      objectType: 'payment',
      objectId: paymentId,
      actor: actor.userId,
      at,
      decision: {
        reasonCode: input.reasonCode,
        returnedOn: input.returnedOn,
        source: input.source,
        invoiceId,
        bankReference: input.bankReference ?? null,
        // The invoice is unpaid again: art. 10.3 (late-payment interest and indemnity) applies.
        article: '10.3',
      },
    });
  });
  return { returnId, paymentId, invoiceId };
}

/** `POST /api/sepa/returns`: a return entered by hand. */
export async function recordReturn(ctx: AppContext, actor: Actor, input: ReturnInput) {
  if (!input.paymentId && !input.invoiceId)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'paymentId',
          message: 'give the payment or the invoice',
          fr: 'indiquez le règlement ou la facture',
        },
      ],
    });
  if (input.returnedOn > parisDate(ctx.now()))
    throw new AppError('request.invalid', {
      errors: [{ path: 'returnedOn', message: 'cannot be in the future', fr: 'ne peut pas être dans le futur' }],
    });
  return recordOne(ctx, actor, { ...input, source: 'manual' });
}

/**
 * `POST /api/sepa/returns/statement`: the returned debits of a camt.053 statement (debit entries
 * with a return reason, RtrInf/Rsn): each reverses its payment once (keyed by the entry's bank
 * reference: the same statement again adds nothing). The file is checked whole first (ISO schema,
 * the organisation's account), as the statement import does.
 */
export async function recordReturnsFromStatement(ctx: AppContext, actor: Actor, xml: string) {
  const statement = await parseCamt053(xml);
  const org = await getOrganisation(ctx, actor.orgId);
  const own = org.iban?.replace(/\s+/g, '').toUpperCase() ?? null;
  const other = statement.ibans.find((iban) => iban !== own);
  if (other !== undefined)
    throw new AppError('bank_import.other_account', {
      errors: [
        {
          path: 'Stmt.Acct.Id.IBAN',
          message: `account ${other} is not the organisation's`,
          fr: `le compte ${other} n'est pas celui de l'organisation`,
        },
      ],
    });
  const recorded: Array<{ bankReference: string; returnId: string; paymentId: string; invoiceId: string | null }> = [];
  const ignored: Array<{ bankReference: string; reason: string }> = [];
  for (const e of statement.entries) {
    if (!e.returnReason || e.amountCents >= 0) continue;
    if (await repo.returnByBankReference(ctx.db, actor.orgId, e.bankReference)) {
      ignored.push({ bankReference: e.bankReference, reason: 'already recorded' });
      continue;
    }
    if (!e.endToEndId) {
      ignored.push({ bankReference: e.bankReference, reason: 'no end-to-end id to find the debit' });
      continue;
    }
    try {
      const r = await recordOne(ctx, actor, {
        reasonCode: e.returnReason,
        returnedOn: e.bookedOn,
        source: 'bank',
        bankReference: e.bankReference,
        endToEndId: e.endToEndId,
      });
      recorded.push({ bankReference: e.bankReference, ...r });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      ignored.push({ bankReference: e.bankReference, reason: err.message });
    }
  }
  return { recorded, ignored };
}

export async function listReturns(ctx: AppContext, actor: Actor) {
  return (await repo.listReturns(ctx.db, actor.orgId)).map((r) => ({
    id: r.id,
    paymentId: r.payment_id,
    invoiceId: r.invoice_id,
    number: r.number,
    reasonCode: r.reason_code,
    returnedOn: r.returned_on,
    source: r.source,
    bankReference: r.bank_reference,
    createdAt: r.created_at,
  }));
}
