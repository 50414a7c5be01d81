import { describe, expect, it } from 'vitest';
import { allocationErrorsById, autoAllocate, byDueDate, summarize } from './allocation-form.ts';
import type { OpenDocument } from './allocation-form.ts';

const unsorted: OpenDocument[] = [
  { kind: 'invoice', id: 'b', number: 'F-2026-00002', dueDate: '2026-03-01', openCents: 50_000 },
  { kind: 'invoice', id: 'a', number: 'F-2026-00001', dueDate: '2026-02-01', openCents: 30_000 },
  { kind: 'debit-note', id: 'd', number: 'ND-2026-00001', dueDate: '2026-04-01', openCents: 4_512 },
];
const docs = [...unsorted].sort(byDueDate);

describe('payment allocation form', () => {
  it('orders documents oldest due date first', () => {
    expect(docs.map((d) => d.id)).toEqual(['a', 'b', 'd']);
  });

  it('spreads the amount oldest first, each up to its open amount', () => {
    expect(autoAllocate(docs, 60_000)).toEqual({ a: '300,00', b: '300,00', d: '' });
    expect(autoAllocate(docs, 100_000)).toEqual({ a: '300,00', b: '500,00', d: '45,12' });
  });

  it('keeps what is not allocated as credit and sends only non-zero allocations', () => {
    const s = summarize(docs, { a: '300', b: '0', d: '45,12' }, 40_000);
    expect(s.allocatedCents).toBe(34_512);
    expect(s.remainingCents).toBe(5_488);
    expect(s.allocations).toEqual([
      { invoiceId: 'a', amountCents: 30_000 },
      { debitNoteId: 'd', amountCents: 4_512 },
    ]);
    expect(s.overAllocated).toBe(false);
  });

  it('flags amounts above what is open, invalid amounts and over-allocation', () => {
    const s = summarize(docs, { a: '300,01', b: 'abc' }, 10_000);
    expect(s.errors).toEqual({ a: 'exceeds', b: 'amount' });
    expect(s.overAllocated).toBe(true);
  });

  it('maps the server field errors back to the documents', () => {
    const allocations = [
      { invoiceId: 'a', amountCents: 1 },
      { debitNoteId: 'd', amountCents: 2 },
    ];
    expect(allocationErrorsById({ 'allocations.1.amountCents': 'too much', receivedOn: 'x' }, allocations)).toEqual({
      d: 'too much',
    });
  });
});
