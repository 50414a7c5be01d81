import { describe, expect, it } from 'vitest';
import { listTotals, owedToday } from './invoice-totals.ts';

describe('listTotals', () => {
  it('sums invoices, lowers the totals by credit notes, and counts only invoices as open', () => {
    const totals = listTotals([
      { kind: 'invoice', netCents: 100_000, grossCents: 120_000, openCents: 70_000 },
      { kind: 'invoice', netCents: 50_000, grossCents: 60_000, openCents: 0 },
      { kind: 'credit-note', netCents: 10_000, grossCents: 12_000, openCents: 0 },
    ]);
    expect(totals).toEqual({ count: 3, netCents: 140_000, grossCents: 168_000, openCents: 70_000 });
  });

  it('is zero for an empty list', () => {
    expect(listTotals([])).toEqual({ count: 0, netCents: 0, grossCents: 0, openCents: 0 });
  });
});

describe('owedToday', () => {
  it('adds the late interest and the recovery indemnity to the open amount', () => {
    expect(owedToday({ openCents: 50_000, lateInterestCents: 1_234, lateIndemnityCents: 4_000 })).toBe(55_234);
  });
});
