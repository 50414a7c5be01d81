import { describe, expect, it } from 'vitest';
import { invalidPaths, ruleRunner } from './test-support.ts';

const run = ruleRunner('contract.cancellation-for-non-payment');

const base = {
  contractId: 'ct-1',
  contractNumber: 'C-2026-00001',
  decidedById: 'u-1',
  decidedByName: 'Claire Compta',
  reason: 'Factures impayées malgré relance',
};
const invoices = [
  { id: 'inv-1', number: 'F-2026-0000001', dueDate: '2026-04-01', openCents: 60_000 },
  { id: 'inv-2', number: 'F-2026-0000002', dueDate: '2026-04-10', openCents: 12_345 },
  { id: 'inv-3', number: 'F-2026-0000003', dueDate: '2026-06-30', openCents: 99_999 },
];

describe('contract.cancellation-for-non-payment (art. 10.3)', () => {
  it('cancels the order in progress by ALLEO’s decision, naming who, why and the overdue invoices', () => {
    const d = run({ ...base, unpaidInvoices: invoices }, '2026-04-15');
    expect(d).toMatchObject({
      outcome: 'cancelled',
      citation: { article: '10.3' },
      contractId: 'ct-1',
      contractNumber: 'C-2026-00001',
      reason: 'Factures impayées malgré relance',
      decidedBy: { id: 'u-1', name: 'Claire Compta' },
      overdueInvoices: [
        { id: 'inv-1', number: 'F-2026-0000001', dueDate: '2026-04-01', openCents: 60_000 },
        { id: 'inv-2', number: 'F-2026-0000002', dueDate: '2026-04-10', openCents: 12_345 },
      ],
    });
    expect(d.explanation.fr).toContain('annulée le 15 avril 2026 par Claire Compta');
    expect(d.explanation.fr).toContain('723,45 € restant dus');
    expect(d.explanation.en).toContain('EUR 723.45 outstanding');
    expect(d.explanation.en).toMatch(/Reason: Factures impayées malgré relance$/);
  });
  it('refuses while nothing is overdue (due today is not late)', () => {
    const d = run({ ...base, unpaidInvoices: invoices }, '2026-04-01');
    expect(d).toMatchObject({ outcome: 'refused', contractId: 'ct-1', contractNumber: 'C-2026-00001' });
    expect(Object.keys(d)).toEqual([
      'rule',
      'asOf',
      'outcome',
      'citation',
      'explanation',
      'parameters',
      'contractId',
      'contractNumber',
    ]);
    expect(d.explanation.en).toBe(
      'Cancellation of contract C-2026-00001 for non-payment refused: the client has no overdue unpaid invoice on 1 April 2026 (art. 10.3).',
    );
  });
  it('requires who decides and why', () => {
    expect(
      invalidPaths(() =>
        run(
          { contractId: 'ct-1', contractNumber: 'C-1', unpaidInvoices: [{ id: 'i', dueDate: '2026-01-01' }] },
          '2026-04-01',
        ),
      ),
    ).toEqual(['facts.unpaidInvoices.0.openCents', 'facts.decidedById', 'facts.decidedByName', 'facts.reason']);
  });
});
