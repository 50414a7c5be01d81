import { describe, expect, it } from 'vitest';
import { invalidPaths, ruleRunner } from './test-support.ts';

const run = ruleRunner('client.prepayment');

const client = { clientId: 'cl-1', legalName: 'Transports Morel SAS', financialStatus: 'normal' };
const overdue = { id: 'inv-1', number: 'F-2026-0000001', dueDate: '2026-04-01' };

describe('client.prepayment (art. 10.3)', () => {
  it('a client with an overdue invoice must pay before any delivery, from asOf', () => {
    const d = run({ ...client, unpaidInvoices: [overdue, { id: 'inv-9', dueDate: '2026-06-30' }] }, '2026-04-02');
    expect(d).toMatchObject({
      outcome: 'prepayment-required',
      citation: { article: '10.3' },
      parameters: {},
      clientId: 'cl-1',
      from: 'normal',
      to: 'prepayment-required',
      overdueInvoices: [{ id: 'inv-1', number: 'F-2026-0000001', dueDate: '2026-04-01' }],
    });
    expect(d.explanation.fr).toBe(
      'Transports Morel SAS : paiement préalable exigé avant toute livraison des commandes déjà acceptées, à compter du 2 avril 2026, en raison de factures échues impayées : F-2026-0000001 (échue le 1er avril 2026) (art. 10.3).',
    );
  });
  it('nothing overdue (an invoice due today is not late): not required', () => {
    expect(run({ ...client, unpaidInvoices: [overdue] }, '2026-04-01')).toMatchObject({
      outcome: 'not-required',
      overdueInvoices: [],
    });
  });
  it.each([
    [[overdue], 'release-refused', 1],
    [[], 'release-allowed', 0],
  ])('asked to lift it with %j → %s', (unpaidInvoices, outcome, n) => {
    const d = run(
      { ...client, financialStatus: 'prepayment-required', unpaidInvoices, releaseRequested: true },
      '2026-04-10',
    );
    expect(d).toMatchObject({ outcome, clientId: 'cl-1' });
    expect(d.overdueInvoices).toHaveLength(n);
    expect(Object.keys(d)).not.toContain('from');
  });
  it('names five overdue invoices and counts the others', () => {
    const unpaidInvoices = Array.from({ length: 7 }, (_, i) => ({
      id: `i${i}`,
      number: `F-${i}`,
      dueDate: '2026-03-01',
    }));
    const d = run({ ...client, unpaidInvoices }, '2026-04-02');
    expect(d.explanation.fr).toContain('F-4 (échue le 1er mars 2026) et 2 autre(s)');
    expect(d.explanation.en).toContain('F-4 (due on 1 March 2026) and 2 more');
    expect(d.overdueInvoices).toHaveLength(7);
  });
  it('refuses an unknown financial status', () => {
    expect(
      invalidPaths(() => run({ ...client, financialStatus: 'blocked', unpaidInvoices: [] }, '2026-04-02')),
    ).toEqual(['facts.financialStatus']);
  });
});
