import { describe, expect, it } from 'vitest';
import { invalidPaths, ruleRunner } from './test-support.ts';

const run = ruleRunner('invoice.acceleration');

const target = { invoiceId: 'inv-2', invoiceNumber: 'F-2026-0000002', dueDate: '2026-05-31' };
const overdue = { id: 'inv-1', number: 'F-2026-0000001', dueDate: '2026-04-01' };

describe('invoice.acceleration (art. 10.3)', () => {
  it('an invoice not yet due becomes payable at once when another invoice is overdue, naming it', () => {
    const d = run({ ...target, unpaidInvoices: [overdue] }, '2026-04-02');
    expect(d).toEqual({
      rule: 'invoice.acceleration',
      asOf: '2026-04-02',
      outcome: 'accelerated',
      citation: { article: '10.3', termsVersion: 'ALLEO-1' },
      explanation: {
        fr: 'Facture F-2026-0000002 (échéance du 31 mai 2026) immédiatement exigible à compter du 2 avril 2026 : la facture F-2026-0000001, échue le 1er avril 2026, reste impayée ; tout retard rend exigibles les factures non encore échues (art. 10.3).',
        en: 'Invoice F-2026-0000002 (due on 31 May 2026) payable at once from 2 April 2026: invoice F-2026-0000001, due on 1 April 2026, is still unpaid; any delay makes the invoices not yet due payable at once (art. 10.3).',
      },
      parameters: {},
      invoiceId: 'inv-2',
      invoiceNumber: 'F-2026-0000002',
      originalDueDate: '2026-05-31',
      payableFrom: '2026-04-02',
      overdueInvoice: { id: 'inv-1', number: 'F-2026-0000001', dueDate: '2026-04-01' },
    });
  });
  it.each([
    ['2026-04-01', 'no-overdue-invoice', null], // the other invoice is due today: not late yet
    ['2026-04-02', 'accelerated', '2026-04-02'],
    ['2026-05-31', 'accelerated', '2026-05-31'], // due today, not yet late: still accelerated
    ['2026-06-01', 'already-due', null],
  ])('as of %s → %s (payable from %s)', (asOf, outcome, payableFrom) => {
    expect(run({ ...target, unpaidInvoices: [overdue] }, asOf)).toMatchObject({ outcome, payableFrom });
  });
  it('grounds the decision on the oldest overdue invoice and ignores those not yet due', () => {
    const unpaidInvoices = [
      { id: 'a', dueDate: '2026-03-15' },
      { id: 'b', number: 'F-B', dueDate: '2026-03-01' },
      { id: 'c', dueDate: '2026-06-30' },
    ];
    const d = run({ ...target, unpaidInvoices }, '2026-04-02');
    expect(d.overdueInvoice).toEqual({ id: 'b', number: 'F-B', dueDate: '2026-03-01' });
  });
  it('without numbers the explanation says so and the fields carry null', () => {
    const d = run(
      { invoiceId: 'x', dueDate: '2026-05-31', unpaidInvoices: [{ id: 'y', dueDate: '2026-04-01' }] },
      '2026-04-02',
    );
    expect(d).toMatchObject({ invoiceNumber: null, overdueInvoice: { number: null } });
    expect(d.explanation.fr).toContain('Facture (sans numéro)');
  });
  it('refuses unknown and malformed facts', () => {
    expect(
      invalidPaths(() =>
        run({ ...target, dueDate: '2026-02-30', unpaidInvoices: [{ id: '', dueDate: 'x' }], extra: 1 }, '2026-04-02'),
      ),
    ).toEqual(['facts.dueDate', 'facts.unpaidInvoices.0.id', 'facts.unpaidInvoices.0.dueDate', 'facts.extra']);
  });
});
