/**
 * Putting money against invoices (CGV art. 10; LEGAL.md R3). An allocation targets an issued
 * invoice of the paying client (or one of its debit notes) and never exceeds what remains open on
 * it (gross − paid − credited). Without explicit allocations a payment goes to the client's open
 * invoices, oldest due date first. An invoice is settled on the date its funds were available
 * to ALLEO: the payment's receipt date, or the invoice's issue date when the money was already
 * there as the client's credit.
 */
import type { Db } from '../../db/database.ts';
import { AppError, type ErrorCode } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { formatEurosFr } from '../../kernel/money.ts';
import * as repo from './payments.repo.ts';
import type { AllocationInput } from './payments.schemas.ts';
import { addPaid, insertAllocations, settleIfCovered } from '../invoices/index.ts';
import { addDebitNotePaid } from '../debit-notes/index.ts';

export interface PlannedAllocation {
  kind: 'invoice' | 'debit-note';
  id: string;
  number: string;
  /** Issue date of the invoice or debit note (settlement is never before it). */
  issueDate: string;
  contractId: string | null;
  amountCents: number;
}

/** What the client still owes on an invoice row. */
export function openOf(inv: Pick<repo.OpenableInvoice, 'gross_cents' | 'paid_cents' | 'credited_cents'>): number {
  return Math.max(0, Number(inv.gross_cents) - Number(inv.paid_cents) - Number(inv.credited_cents));
}

/** Oldest due date first over the open invoices (given in that order), up to `amount`. Pure. */
export function oldestFirst(
  open: ReadonlyArray<repo.OpenableInvoice>,
  amountCents: number,
): { planned: PlannedAllocation[]; totalOpenCents: number } {
  const planned: PlannedAllocation[] = [];
  let left = amountCents;
  let totalOpenCents = 0;
  for (const inv of open) {
    const o = openOf(inv);
    totalOpenCents += o;
    if (o <= 0 || left <= 0) continue;
    const take = Math.min(o, left);
    planned.push({
      kind: 'invoice',
      id: inv.id,
      number: inv.number ?? '',
      issueDate: inv.issue_date ?? '',
      contractId: inv.contract_id,
      amountCents: take,
    });
    left -= take;
  }
  return { planned, totalOpenCents };
}

/**
 * Checks explicit allocations against the client's documents; each problem names its field
 * (`allocations.2.invoiceId`). `available` is what the payment can still give; going over it
 * raises `overCode` (the amount of a new payment, or the credit left on a recorded one).
 */
export async function checkAllocations(
  db: Db,
  orgId: string,
  clientId: string,
  input: readonly AllocationInput[],
  available: number,
  overCode: ErrorCode,
): Promise<PlannedAllocation[]> {
  const seen = new Set<string>();
  const planned: PlannedAllocation[] = [];
  for (const [i, a] of input.entries()) {
    const key = a.invoiceId ? `i:${a.invoiceId}` : `d:${a.debitNoteId}`;
    const field = a.invoiceId ? 'invoiceId' : 'debitNoteId';
    if (seen.has(key))
      throw new AppError('request.invalid', {
        errors: [
          {
            path: `allocations.${i}.${field}`,
            message: 'this document is already listed: give one allocation per document',
            fr: 'pièce déjà indiquée : une seule affectation par pièce',
          },
        ],
      });
    seen.add(key);
    if (a.invoiceId) {
      const inv = await repo.findInvoiceForAllocation(db, orgId, a.invoiceId);
      if (!inv || inv.client_id !== clientId || inv.kind !== 'invoice' || inv.status !== 'issued') {
        throw new AppError('payment.invoice_not_found', {
          errors: [
            {
              path: `allocations.${i}.invoiceId`,
              message: 'not an issued invoice of this client',
              fr: "ce n'est pas une facture émise de ce client",
            },
          ],
        });
      }
      const open = openOf(inv);
      if (a.amountCents > open) {
        throw new AppError('payment.allocation_exceeds_open', {
          detail: `Invoice ${inv.number} has ${open} cents open`,
          errors: [
            {
              path: `allocations.${i}.amountCents`,
              message: `more than what is open on invoice ${inv.number} (${open} cents)`,
              fr: `montant supérieur au reste dû de la facture ${inv.number} (${formatEurosFr(open)})`,
            },
          ],
          extra: { openCents: open },
        });
      }
      planned.push({
        kind: 'invoice',
        id: inv.id,
        number: inv.number ?? '',
        issueDate: inv.issue_date ?? '',
        contractId: inv.contract_id,
        amountCents: a.amountCents,
      });
    } else {
      const note = await repo.findDebitNote(db, orgId, a.debitNoteId!);
      if (!note || note.client_id !== clientId) {
        throw new AppError('payment.debit_note_not_found', {
          errors: [
            {
              path: `allocations.${i}.debitNoteId`,
              message: 'not a debit note of this client',
              fr: "ce n'est pas une note de débit de ce client",
            },
          ],
        });
      }
      const open = Math.max(0, Number(note.total_cents) - Number(note.paid_cents));
      if (a.amountCents > open) {
        throw new AppError('payment.allocation_exceeds_open', {
          detail: `Debit note ${note.number} has ${open} cents open`,
          errors: [
            {
              path: `allocations.${i}.amountCents`,
              message: `more than what is open on debit note ${note.number} (${open} cents)`,
              fr: `montant supérieur au reste dû de la note de débit ${note.number} (${formatEurosFr(open)})`,
            },
          ],
          extra: { openCents: open },
        });
      }
      planned.push({
        kind: 'debit-note',
        id: note.id,
        number: note.number,
        issueDate: note.issue_date,
        contractId: null,
        amountCents: a.amountCents,
      });
    }
  }
  const total = planned.reduce((s, p) => s + p.amountCents, 0);
  if (total > available) {
    throw new AppError(overCode, {
      detail: `The allocations total ${total} cents; at most ${available} cents can be allocated`,
      errors: [
        {
          path: 'allocations',
          message: `the allocations (${total} cents) exceed what the payment can still give (${available} cents)`,
          fr: `les affectations (${formatEurosFr(total)}) dépassent le montant encore disponible du règlement (${formatEurosFr(available)})`,
        },
      ],
      extra: { availableCents: available },
    });
  }
  return planned;
}

/**
 * Writes the allocations of a payment: the documents' paid amounts (within what is open, checked
 * again by the update itself), their settlement date, and the allocation rows.
 */
export async function applyAllocations(
  trx: Db,
  p: { orgId: string; paymentId: string; receivedOn: string; actorId: string; at: string },
  planned: readonly PlannedAllocation[],
) {
  const rows = [];
  // Rows are locked in one order (by id) whatever the order given, so that two payments on the
  // same invoices never wait for each other crosswise (PostgreSQL would abort one of them).
  const order = planned.map((_, i) => i).sort((x, y) => planned[x]!.id.localeCompare(planned[y]!.id));
  for (const i of order) {
    const a = planned[i]!;
    if (a.kind === 'invoice') {
      if (!(await addPaid(trx, p.orgId, a.id, a.amountCents, p.at))) {
        throw new AppError('payment.allocation_exceeds_open', {
          detail: `Invoice ${a.number} changed meanwhile: less is open on it now`,
          errors: [
            {
              path: `allocations.${i}.amountCents`,
              message: `more than what is open on invoice ${a.number}`,
              fr: `montant supérieur au reste dû de la facture ${a.number}`,
            },
          ],
        });
      }
      // R3: settled when the funds were at ALLEO's disposal, never before the invoice existed.
      await settleIfCovered(trx, p.orgId, a.id, p.receivedOn > a.issueDate ? p.receivedOn : a.issueDate);
    } else if (!(await addDebitNotePaid(trx, p.orgId, a.id, a.amountCents))) {
      throw new AppError('payment.allocation_exceeds_open', {
        detail: `Debit note ${a.number} changed meanwhile`,
        errors: [
          {
            path: `allocations.${i}.amountCents`,
            message: `more than what is open on debit note ${a.number}`,
            fr: `montant supérieur au reste dû de la note de débit ${a.number}`,
          },
        ],
      });
    }
    rows.push({
      id: newId(),
      org_id: p.orgId,
      payment_id: p.paymentId,
      invoice_id: a.kind === 'invoice' ? a.id : null,
      debit_note_id: a.kind === 'debit-note' ? a.id : null,
      amount_cents: a.amountCents,
      created_by: p.actorId,
      created_at: p.at,
    });
  }
  await insertAllocations(trx, rows);
}

/** The contract a payment's evidence is filed under: the one all its invoices share, if any. */
export function sharedContract(planned: readonly PlannedAllocation[]): string | null {
  const ids = new Set(planned.map((p) => p.contractId));
  if (ids.size !== 1) return null;
  return [...ids][0] ?? null;
}

export function evidenceAllocations(planned: readonly PlannedAllocation[]) {
  return planned.map((p) => ({
    [p.kind === 'invoice' ? 'invoiceId' : 'debitNoteId']: p.id,
    number: p.number,
    amountCents: p.amountCents,
  }));
}
