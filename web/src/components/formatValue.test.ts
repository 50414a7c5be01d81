import { describe, expect, it } from 'vitest';
import { formatValue, type ValueLabels } from './formatValue.ts';

const labels: ValueLabels = {
  yes: 'oui',
  no: 'non',
  none: '—',
  points: (v) => `${v} points`,
  code: (c) => (c === 'prepayment-required' ? 'Paiement préalable exigé' : c),
};

describe('formatValue', () => {
  it('formats scalars by their name', () => {
    expect(formatValue('indemnityCents', 4000, labels)).toMatch(/^40,00\s€$/);
    expect(formatValue('to', 'prepayment-required', labels)).toBe('Paiement préalable exigé');
    expect(formatValue('x', [], labels)).toBe('—');
    expect(formatValue('x', ['a', 'b'], labels)).toBe('a, b');
  });
  it('formats the records of a decision field by field, and lists of records by row', () => {
    const overdue = [
      { id: 'i-1', number: 'F-2026-0000001', dueDate: '2026-04-01', openCents: 60000 },
      { id: 'i-2', number: null, dueDate: '2026-04-10', openCents: 100 },
    ];
    const text = formatValue('overdueInvoices', overdue, labels);
    expect(text.split('; ')).toHaveLength(2);
    expect(text).toContain('F-2026-0000001 · ');
    expect(text).not.toContain('{');
    expect(text).not.toContain('null');
    expect(formatValue('decidedBy', { id: 'u-1', name: 'Claire Compta' }, labels)).toBe('u-1 · Claire Compta');
    expect(formatValue('x', {}, labels)).toBe('{}');
  });
});
