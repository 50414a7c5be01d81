import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { clientScope, evidenceOf } from '../shared/index.ts';
import * as repo from './payments.repo.ts';
import type { AllocationOut, PaymentListQuery, PaymentOut } from './payments.schemas.ts';
import { listPaymentRows, paymentSortValue } from './payment-list.repo.ts';
import { readAfter, everyPage, keysetResult } from '../../kernel/list-page.ts';
import { searchKey } from '../../kernel/search-key.ts';

export function toAllocationOut(a: repo.AllocationRow): AllocationOut {
  return {
    id: a.id,
    invoiceId: a.invoice_id,
    invoiceNumber: a.invoice_number,
    debitNoteId: a.debit_note_id,
    debitNoteNumber: a.debit_note_number,
    amountCents: Number(a.amount_cents),
    createdAt: a.created_at,
  };
}

export function toPaymentOut(p: repo.PaymentRow, allocations: repo.AllocationRow[]): PaymentOut {
  const allocated = allocations.reduce((s, a) => s + Number(a.amount_cents), 0);
  return {
    id: p.id,
    clientId: p.client_id,
    clientName: p.client_name,
    receivedOn: p.received_on,
    amountCents: Number(p.amount_cents),
    allocatedCents: allocated,
    unallocatedCents: p.status === 'recorded' ? Number(p.amount_cents) - allocated : 0,
    means: p.means,
    reference: p.reference,
    label: p.label,
    status: p.status,
    reversedOn: p.reversed_on,
    reversalReason: p.reversal_reason,
    bankLineId: p.bank_line_id,
    createdAt: p.created_at,
    allocations: allocations.map(toAllocationOut),
  };
}

function byPayment(rows: repo.AllocationRow[]): Map<string, repo.AllocationRow[]> {
  const out = new Map<string, repo.AllocationRow[]>();
  for (const a of rows) out.set(a.payment_id, [...(out.get(a.payment_id) ?? []), a]);
  return out;
}

/** A payment the actor may see (a client user: its own company's), or 404. */
export async function visiblePayment(ctx: AppContext, actor: Actor, id: string): Promise<PaymentOut> {
  const row = await repo.findPayment(ctx.db, actor.orgId, id, clientScope(actor));
  if (!row) throw new AppError('payment.not_found');
  return toPaymentOut(row, await repo.allocationsOf(ctx.db, actor.orgId, [id]));
}

/** `GET /api/payments/:id`: the payment, its allocations and (staff) its evidence. */
export async function getPayment(ctx: AppContext, actor: Actor, id: string) {
  const payment = await visiblePayment(ctx, actor, id);
  return { payment, evidence: await evidenceOf(ctx, actor, 'payment', id) };
}

/** One page of the payments the actor may see (a client user: its own company's), and the next page's cursor. */
export async function listPaymentPage(
  ctx: AppContext,
  actor: Actor,
  q: Omit<PaymentListQuery, 'sort' | 'dir'> & Partial<Pick<PaymentListQuery, 'sort' | 'dir'>>,
): Promise<{ items: PaymentOut[]; nextCursor: string | null }> {
  const scope = clientScope(actor);
  if (scope !== null && q.clientId !== undefined && q.clientId !== scope) return { items: [], nextCursor: null };
  const sort = q.sort ?? 'received';
  const rows = await listPaymentRows(ctx.db, actor.orgId, {
    clientId: scope ?? q.clientId ?? null,
    ...(q.status ? { status: q.status } : {}),
    ...(q.means ? { means: q.means } : {}),
    ...(q.receivedFrom ? { receivedFrom: q.receivedFrom } : {}),
    ...(q.receivedTo ? { receivedTo: q.receivedTo } : {}),
    words: q.q ? searchKey(q.q).split(' ').filter(Boolean) : [],
    sort,
    dir: q.dir ?? 'desc',
    after: readAfter(q.after),
    limit: q.limit + 1,
  });
  const allocations = byPayment(
    await repo.allocationsOf(
      ctx.db,
      actor.orgId,
      rows.map((r) => r.id),
    ),
  );
  return keysetResult(
    rows,
    q.limit,
    (r) => paymentSortValue(r, sort),
    (r) => toPaymentOut(r, allocations.get(r.id) ?? []),
  );
}

/** Every payment of the filtered list in the list's order (the export). */
export function allPayments(ctx: AppContext, actor: Actor, q: Omit<PaymentListQuery, 'after' | 'limit'>) {
  return everyPage((after) => listPaymentPage(ctx, actor, { ...q, limit: 500, ...(after ? { after } : {}) }));
}
