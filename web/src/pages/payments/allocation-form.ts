/**
 * The allocation table of the payment screen: the client's open documents, oldest due date first,
 * with the amount put against each one (editable). What the payment does not allocate stays the
 * client's credit. Amounts are typed in euros and handled in cents.
 */
import { centsToInput, eurosToCents } from '../../parse-number.ts';
import type { AllocationInput } from '../../types/payments.ts';

export interface OpenDocument {
  kind: 'invoice' | 'debit-note';
  id: string;
  number: string;
  dueDate: string | null;
  openCents: number;
}

/** Oldest due date first (no due date last), then by number. */
export function byDueDate(a: OpenDocument, b: OpenDocument): number {
  return (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.number.localeCompare(b.number);
}

/** Spreads `amountCents` over the documents in order, each up to what is open on it. */
export function autoAllocate(documents: readonly OpenDocument[], amountCents: number): Record<string, string> {
  const inputs: Record<string, string> = {};
  let left = Math.max(0, amountCents);
  for (const doc of documents) {
    const take = Math.min(doc.openCents, left);
    inputs[doc.id] = take > 0 ? centsToInput(take) : '';
    left -= take;
  }
  return inputs;
}

export interface AllocationSummary {
  allocatedCents: number;
  /** Amount − allocated: kept as the client's credit when positive. */
  remainingCents: number;
  /** Per document id: 'amount' (not a valid amount) or 'exceeds' (more than open). */
  errors: Record<string, 'amount' | 'exceeds'>;
  /** True when the allocations exceed the payment's amount. */
  overAllocated: boolean;
  allocations: AllocationInput[];
}

/** Reads the typed amounts: totals, per-row problems and the body's allocations (non-zero ones). */
export function summarize(
  documents: readonly OpenDocument[],
  inputs: Record<string, string>,
  amountCents: number | null,
): AllocationSummary {
  const errors: AllocationSummary['errors'] = {};
  const allocations: AllocationInput[] = [];
  let allocatedCents = 0;
  for (const doc of documents) {
    const text = (inputs[doc.id] ?? '').trim();
    if (!text) continue;
    const cents = eurosToCents(text);
    if (cents === null) {
      errors[doc.id] = 'amount';
      continue;
    }
    if (cents === 0) continue;
    if (cents > doc.openCents) errors[doc.id] = 'exceeds';
    allocatedCents += cents;
    allocations.push(
      doc.kind === 'invoice' ? { invoiceId: doc.id, amountCents: cents } : { debitNoteId: doc.id, amountCents: cents },
    );
  }
  const amount = amountCents ?? 0;
  return {
    allocatedCents,
    remainingCents: amount - allocatedCents,
    errors,
    overAllocated: amountCents !== null && allocatedCents > amount,
    allocations,
  };
}

/** The server names allocation fields by their index in the body: map them back to document ids. */
export function allocationErrorsById(
  serverErrors: Record<string, string>,
  allocations: readonly AllocationInput[],
): Record<string, string> {
  const byId: Record<string, string> = {};
  for (const [path, message] of Object.entries(serverErrors)) {
    const match = /^allocations\.(\d+)\./.exec(path);
    if (!match) continue;
    const allocation = allocations[Number(match[1])];
    const id = allocation?.invoiceId ?? allocation?.debitNoteId;
    if (id) byId[id] ??= message;
  }
  return byId;
}
