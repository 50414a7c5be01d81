import { describe, expect, it } from 'vitest';
import { invalidPaths, ruleRunner } from './test-support.ts';

const run = ruleRunner('contract.vat-rate');

const base = {
  contractNumber: 'C-2027-00001',
  orderDate: '2027-01-04',
  quotedVatCents: 20_000,
  contractVatCents: 21_000,
};
const change = (position: number, fromPercent: string, toPercent: string) => ({
  position,
  label: `Ligne ${position}`,
  category: 'Taux normal',
  fromPercent,
  toPercent,
});

describe('contract.vat-rate (art. 9.2)', () => {
  it('passes on the rate of the order date, line by line, nets unchanged', () => {
    const d = run({ ...base, changes: [change(1, '20', '21'), change(2, '20', '21')] }, '2027-01-04');
    expect(d).toMatchObject({
      outcome: 'rerated',
      citation: { article: '9.2' },
      orderDate: '2027-01-04',
      quotedVatCents: 20_000,
      contractVatCents: 21_000,
    });
    expect(d.changes).toHaveLength(2);
    expect(d.explanation.fr).toBe(
      'Contrat C-2027-00001 : la TVA applicable est celle en vigueur au jour de la commande (4 janvier 2027) ; le changement de taux intervenu depuis le devis est répercuté (20 % → 21 %) sur 2 ligne(s), les prix hors taxes restant inchangés (art. 9.2).',
    );
    expect(d.explanation.en).toContain('(20 % → 21 %) on 2 line(s)');
  });
  it('names each distinct change once, with French decimals', () => {
    const d = run(
      { ...base, changes: [change(1, '5.5', '6'), change(2, '20', '21'), change(3, '5.5', '6')] },
      '2027-01-04',
    );
    expect(d.explanation.fr).toContain('(5,5 % → 6 %, 20 % → 21 %) sur 3 ligne(s)');
  });
  it('a line at the same rate (however written) changes nothing', () => {
    const d = run({ ...base, changes: [change(1, '20', '20.00')], contractVatCents: 20_000 }, '2027-01-04');
    expect(d).toMatchObject({ outcome: 'unchanged', changes: [] });
    expect(run({ ...base, changes: [] }, '2027-01-04').outcome).toBe('unchanged');
  });
  it('refuses a rate that is not a percent', () => {
    expect(
      invalidPaths(() => run({ ...base, changes: [{ ...change(1, '20', '21 %'), extra: true }] }, '2027-01-04')),
    ).toEqual(['facts.changes.0.toPercent', 'facts.changes.0.extra']);
  });
});
