/**
 * The client's account statement (relevé de compte) as of a date: its invoices and credit notes,
 * debit notes and payments up to that date, what each still owes, the unallocated credit, the
 * balance, the ageing of what is open and what is owed today (invoices due or accelerated by
 * art. 10.3, debit notes due, late interest and EUR 40 indemnities not yet claimed, L441-10).
 * A payment counts from the date its funds were received (R3) until the date it was reversed.
 * Late-payment figures are those the sweep stored on each invoice (invoice.late-payment); the days
 * late are those of the same rule evaluated as of the statement date (0 for an invoice paid on time).
 */
import { parisDate, type AppContext } from '../../context.ts';
import { daysBetween } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { loadEcbRates } from '../ecb-rates/index.ts';
import { evaluateLate, termsResolver } from '../late-payment/index.ts';
import { clientScope } from '../shared/index.ts';
import * as repo from './payments.repo.ts';
import type { StatementOut } from './payments.schemas.ts';

type DocRow = Awaited<ReturnType<typeof repo.issuedDocumentsOfClient>>[number];
type NoteRow = Awaited<ReturnType<typeof repo.debitNotesOfClient>>[number];

export interface StatementInput {
  asOf: string;
  client: { id: string; name: string };
  documents: DocRow[];
  debitNotes: NoteRow[];
  payments: repo.PaymentRow[];
  allocations: repo.AllocationRow[];
  /** Days late of each invoice by rule invoice.late-payment as of `asOf` (absent: 0). */
  daysLate?: ReadonlyMap<string, number>;
}

/** A payment counts on the statement date if received by then and not reversed by then. */
function counts(p: repo.PaymentRow, asOf: string): boolean {
  return p.received_on <= asOf && !(p.status === 'reversed' && p.reversed_on !== null && p.reversed_on <= asOf);
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** The statement's figures (pure). */
export function buildStatement(input: StatementInput): StatementOut {
  const { asOf } = input;
  const live = new Set(input.payments.filter((p) => counts(p, asOf)).map((p) => p.id));
  // Money put later on a document issued after the statement date was still credit on that date.
  const known = new Set([...input.documents.map((d) => d.id), ...input.debitNotes.map((n) => n.id)]);
  const allocations = input.allocations.filter((a) => known.has(a.invoice_id ?? a.debit_note_id ?? ''));
  const paidInvoice = new Map<string, number>();
  const paidNote = new Map<string, number>();
  for (const a of allocations) {
    if (!live.has(a.payment_id)) continue;
    if (a.invoice_id) paidInvoice.set(a.invoice_id, (paidInvoice.get(a.invoice_id) ?? 0) + Number(a.amount_cents));
    if (a.debit_note_id) paidNote.set(a.debit_note_id, (paidNote.get(a.debit_note_id) ?? 0) + Number(a.amount_cents));
  }
  const credited = new Map<string, number>();
  const numbers = new Map(input.documents.map((d) => [d.id, d.number]));
  for (const d of input.documents)
    if (d.kind === 'credit-note' && d.corrects_invoice_id)
      credited.set(d.corrects_invoice_id, (credited.get(d.corrects_invoice_id) ?? 0) + Number(d.gross_cents));

  const ageing = { notDueCents: 0, days1To30Cents: 0, days31To60Cents: 0, days61To90Cents: 0, over90Cents: 0 };
  let dueInvoicesCents = 0;
  const invoices = input.documents.map((d) => {
    const gross = Number(d.gross_cents);
    const isInvoice = d.kind === 'invoice';
    const paid = isInvoice ? (paidInvoice.get(d.id) ?? 0) : 0;
    const creditedCents = isInvoice ? (credited.get(d.id) ?? 0) : 0;
    const open = isInvoice ? Math.max(0, gross - paid - creditedCents) : 0;
    const late = d.late_as_of !== null && d.late_as_of <= asOf;
    const lateInterest = late ? Number(d.late_interest_cents) : 0;
    const lateIndemnity = late ? Number(d.late_indemnity_cents) : 0;
    const accelerated = d.accelerated_on !== null && d.accelerated_on <= asOf ? d.accelerated_on : null;
    const daysPastDue = isInvoice && d.due_date ? Math.max(0, daysBetween(d.due_date, asOf)) : 0;
    let state: string;
    if (!isInvoice) state = 'credit-note';
    else if (open === 0) state = 'paid';
    else if (daysPastDue > 0) state = 'overdue';
    else if (accelerated || d.due_date === asOf) state = 'due';
    else state = 'not-due';
    if (open > 0) {
      if (daysPastDue <= 0) ageing.notDueCents += open;
      else if (daysPastDue <= 30) ageing.days1To30Cents += open;
      else if (daysPastDue <= 60) ageing.days31To60Cents += open;
      else if (daysPastDue <= 90) ageing.days61To90Cents += open;
      else ageing.over90Cents += open;
      if (state !== 'not-due') dueInvoicesCents += open;
    }
    return {
      id: d.id,
      kind: d.kind,
      number: d.number ?? '',
      issueDate: d.issue_date ?? '',
      dueDate: d.due_date,
      correctsNumber: d.corrects_invoice_id ? (numbers.get(d.corrects_invoice_id) ?? null) : null,
      grossCents: gross,
      paidCents: paid,
      creditedCents,
      openCents: open,
      paymentState: state,
      settledOn: isInvoice && open === 0 && d.settled_on !== null && d.settled_on <= asOf ? d.settled_on : null,
      daysPastDue,
      daysLate: isInvoice ? (input.daysLate?.get(d.id) ?? 0) : 0,
      acceleratedOn: accelerated,
      lateInterestCents: lateInterest,
      lateIndemnityCents: lateIndemnity,
      lateAsOf: late ? d.late_as_of : null,
      unclaimedInterestCents: Math.max(0, lateInterest - Number(d.interest_claimed_cents)),
      unclaimedIndemnityCents: d.indemnity_claimed === 1 ? 0 : lateIndemnity,
    };
  });

  let dueDebitNotesCents = 0;
  const debitNotes = input.debitNotes.map((n) => {
    const total = Number(n.total_cents);
    const paid = paidNote.get(n.id) ?? 0;
    const open = Math.max(0, total - paid);
    if (n.due_date <= asOf) dueDebitNotesCents += open;
    return {
      id: n.id,
      number: n.number,
      issueDate: n.issue_date,
      dueDate: n.due_date,
      totalCents: total,
      paidCents: paid,
      openCents: open,
    };
  });

  const byPayment = new Map<string, repo.AllocationRow[]>();
  for (const a of allocations) byPayment.set(a.payment_id, [...(byPayment.get(a.payment_id) ?? []), a]);
  const payments = input.payments.map((p) => {
    const allocs = byPayment.get(p.id) ?? [];
    const allocated = sum(allocs.map((a) => Number(a.amount_cents)));
    return {
      id: p.id,
      receivedOn: p.received_on,
      amountCents: Number(p.amount_cents),
      means: p.means,
      reference: p.reference,
      status: counts(p, asOf) ? ('recorded' as const) : ('reversed' as const),
      reversedOn: counts(p, asOf) ? null : p.reversed_on,
      reversalReason: counts(p, asOf) ? null : p.reversal_reason,
      allocatedCents: allocated,
      unallocatedCents: counts(p, asOf) ? Number(p.amount_cents) - allocated : 0,
      allocations: allocs.map((a) => ({
        invoiceId: a.invoice_id,
        invoiceNumber: a.invoice_number,
        debitNoteId: a.debit_note_id,
        debitNoteNumber: a.debit_note_number,
        amountCents: Number(a.amount_cents),
      })),
    };
  });

  const openInvoicesCents = sum(invoices.map((i) => i.openCents));
  const openDebitNotesCents = sum(debitNotes.map((n) => n.openCents));
  const unallocatedCreditCents = sum(payments.map((p) => p.unallocatedCents));
  const accruedInterestCents = sum(invoices.map((i) => i.unclaimedInterestCents));
  const unclaimedIndemnitiesCents = sum(invoices.map((i) => i.unclaimedIndemnityCents));
  return {
    asOf,
    client: input.client,
    invoices,
    debitNotes,
    payments,
    totals: {
      openInvoicesCents,
      openDebitNotesCents,
      unallocatedCreditCents,
      balanceCents: openInvoicesCents + openDebitNotesCents - unallocatedCreditCents,
      dueInvoicesCents,
      dueDebitNotesCents,
      accruedInterestCents,
      unclaimedIndemnitiesCents,
      owedTodayCents: Math.max(
        0,
        dueInvoicesCents +
          dueDebitNotesCents +
          accruedInterestCents +
          unclaimedIndemnitiesCents -
          unallocatedCreditCents,
      ),
    },
    ageing,
  };
}

/** The statement of a client the actor may read (a client user: only its own, else 404). */
export async function clientStatement(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  asOf?: string,
): Promise<StatementOut> {
  const scope = clientScope(actor);
  if (scope !== null && scope !== clientId) throw new AppError('client.not_found');
  const client = await repo.findClientName(ctx.db, actor.orgId, clientId);
  if (!client) throw new AppError('client.not_found');
  const date = asOf ?? parisDate(ctx.now());
  const [documents, debitNotes, payments] = await Promise.all([
    repo.issuedDocumentsOfClient(ctx.db, actor.orgId, clientId, date),
    repo.debitNotesOfClient(ctx.db, actor.orgId, clientId, date),
    repo.paymentsOfClient(ctx.db, actor.orgId, clientId, date),
  ]);
  const allocations = await repo.allocationsOf(
    ctx.db,
    actor.orgId,
    payments.map((p) => p.id),
  );
  const input = {
    asOf: date,
    client: { id: client.id, name: client.legal_name },
    documents,
    debitNotes,
    payments,
    allocations,
  };
  return buildStatement({
    ...input,
    daysLate: await daysLateByRule(ctx, actor.orgId, input, Number(client.public_buyer)),
  });
}

/**
 * The days late of each invoice of the statement by rule invoice.late-payment as of the statement
 * date, from the payments the statement itself counts (received by then, not reversed by then,
 * dated when the funds arrived) and the credit notes issued by then.
 */
async function daysLateByRule(
  ctx: AppContext,
  orgId: string,
  input: StatementInput,
  publicBuyer: number,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const invoices = input.documents.filter(
    (d) => d.kind === 'invoice' && d.due_date !== null && d.due_date < input.asOf,
  );
  if (invoices.length === 0) return out;
  const received = new Map(input.payments.filter((p) => counts(p, input.asOf)).map((p) => [p.id, p.received_on]));
  const paid = new Map<string, { date: string; amountCents: number }[]>();
  for (const a of input.allocations) {
    const on = received.get(a.payment_id);
    if (!a.invoice_id || on === undefined) continue;
    paid.set(a.invoice_id, [...(paid.get(a.invoice_id) ?? []), { date: on, amountCents: Number(a.amount_cents) }]);
  }
  const credited = new Map<string, number>();
  for (const d of input.documents)
    if (d.kind === 'credit-note' && d.corrects_invoice_id)
      credited.set(d.corrects_invoice_id, (credited.get(d.corrects_invoice_id) ?? 0) + Number(d.gross_cents));
  const ecbRates = await loadEcbRates(ctx);
  const termsOf = termsResolver(ctx, orgId, input.asOf);
  for (const d of invoices) {
    const decision = evaluateLate(
      {
        issue_date: d.issue_date,
        due_date: d.due_date,
        gross_cents: Number(d.gross_cents),
        credited_cents: credited.get(d.id) ?? 0,
        public_buyer: publicBuyer,
      },
      paid.get(d.id) ?? [],
      { asOf: input.asOf, terms: await termsOf(d.terms_version), ecbRates },
    );
    out.set(d.id, decision ? Number(decision.daysLate) : 0);
  }
  return out;
}

/** The statement of the signed-in client user's own company. */
export function portalStatement(ctx: AppContext, actor: Actor, asOf?: string): Promise<StatementOut> {
  const scope = clientScope(actor);
  if (scope === null) throw new AppError('client.not_found');
  return clientStatement(ctx, actor, scope, asOf);
}
