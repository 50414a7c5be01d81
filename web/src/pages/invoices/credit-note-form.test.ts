import { describe, expect, it } from 'vitest';
import { creditNoteBody, initialCreditNote, validateCreditNote } from './credit-note-form.ts';

const line = (id: string, vat = '20') => ({
  id,
  position: 1,
  kind: 'sale' as const,
  nature: 'goods' as const,
  contractLineId: null,
  sku: null,
  label: id,
  quantity: '1',
  unitPriceCents: 100,
  discountPercent: null,
  vatRatePercent: vat,
  netCents: 100,
  periodStart: null,
  periodEnd: null,
});
const invoice = {
  lines: [line('a'), line('b')],
  vatBreakdown: [{ ratePercent: '20', taxableCents: 200, vatCents: 40 }],
  nature: 'goods' as const,
};

describe('credit-note form', () => {
  it('starts with every line chosen and the invoice VAT rate', () => {
    const draft = initialCreditNote(invoice, 'Geste commercial');
    expect(draft.lineIds).toEqual(['a', 'b']);
    expect(draft.vatRatePercent).toBe('20');
  });

  it('credits the whole invoice when every line is chosen, some lines otherwise', () => {
    const draft = { ...initialCreditNote(invoice, 'x'), reason: ' Erreur de quantité ' };
    expect(creditNoteBody(draft, invoice)).toEqual({ reason: 'Erreur de quantité' });
    expect(creditNoteBody({ ...draft, lineIds: ['b'] }, invoice)).toEqual({
      reason: 'Erreur de quantité',
      invoiceLineIds: ['b'],
    });
  });

  it('credits a free amount excl. VAT as one line at the chosen rate', () => {
    const draft = {
      ...initialCreditNote(invoice, 'Geste commercial'),
      reason: 'Retard de livraison',
      mode: 'amount' as const,
      amount: '1 234,50',
    };
    expect(validateCreditNote(draft)).toEqual({});
    expect(creditNoteBody(draft, invoice)).toEqual({
      reason: 'Retard de livraison',
      lines: [
        { label: 'Geste commercial', nature: 'goods', quantity: 1, unitPriceCents: 123_450, vatRatePercent: '20' },
      ],
    });
  });

  it('names the missing reason, lines and amount', () => {
    const draft = { ...initialCreditNote(invoice, ''), lineIds: [] };
    expect(Object.keys(validateCreditNote(draft)).sort()).toEqual(['invoiceLineIds', 'reason']);
    expect(Object.keys(validateCreditNote({ ...draft, reason: 'x', mode: 'amount', amount: '-3' })).sort()).toEqual([
      'lines.0.label',
      'lines.0.unitPriceCents',
    ]);
  });
});
