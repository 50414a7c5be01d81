/** The credit-note form: credit whole lines of the invoice, or a free amount excl. VAT at one rate. */
import { eurosToCents } from '../../parse-number.ts';
import type { CreditNoteInput, Invoice } from '../../types/invoices.ts';

export type CreditMode = 'lines' | 'amount';

export interface CreditNoteDraft {
  reason: string;
  mode: CreditMode;
  lineIds: string[];
  label: string;
  amount: string;
  vatRatePercent: string;
}

export function initialCreditNote(invoice: Pick<Invoice, 'lines' | 'vatBreakdown'>, label: string): CreditNoteDraft {
  return {
    reason: '',
    mode: 'lines',
    lineIds: invoice.lines.map((line) => line.id),
    label,
    amount: '',
    vatRatePercent: invoice.vatBreakdown[0]?.ratePercent ?? invoice.lines[0]?.vatRatePercent ?? '20',
  };
}

/** Field errors the form finds itself (keyed like the server's paths). */
export function validateCreditNote(draft: CreditNoteDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.reason.trim()) errors.reason = 'required';
  if (draft.mode === 'lines' && draft.lineIds.length === 0) errors.invoiceLineIds = 'required';
  if (draft.mode === 'amount') {
    if (!draft.label.trim()) errors['lines.0.label'] = 'required';
    const cents = eurosToCents(draft.amount);
    if (cents === null || cents <= 0) errors['lines.0.unitPriceCents'] = 'amount';
  }
  return errors;
}

/** The body of POST /api/invoices/:id/credit-notes. */
export function creditNoteBody(draft: CreditNoteDraft, invoice: Pick<Invoice, 'lines' | 'nature'>): CreditNoteInput {
  const reason = draft.reason.trim();
  if (draft.mode === 'lines') {
    const all = draft.lineIds.length === invoice.lines.length;
    return all
      ? { reason }
      : {
          reason,
          invoiceLineIds: invoice.lines.filter((line) => draft.lineIds.includes(line.id)).map((line) => line.id),
        };
  }
  return {
    reason,
    lines: [
      {
        label: draft.label.trim(),
        nature: invoice.nature === 'goods' ? 'goods' : 'services',
        quantity: 1,
        unitPriceCents: eurosToCents(draft.amount) ?? 0,
        vatRatePercent: draft.vatRatePercent,
      },
    ],
  };
}
