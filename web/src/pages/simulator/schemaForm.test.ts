import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../api-types.ts';
import { buildFacts, emptyRow, factErrorKey, fieldSpecs, humanize, initialValues } from './schemaForm.ts';

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** Shaped like zod 4's toJSONSchema output for invoice.late-payment. */
const latePayment: JsonSchema = {
  type: 'object',
  properties: {
    issueDate: { type: 'string', format: 'date', pattern: DATE_PATTERN },
    dueDate: { type: 'string', pattern: DATE_PATTERN },
    totalCents: { type: 'integer', minimum: 0 },
    payments: {
      type: 'array',
      items: {
        type: 'object',
        properties: { date: { type: 'string', format: 'date' }, amountCents: { type: 'integer' } },
        required: ['date', 'amountCents'],
      },
    },
    publicBuyer: { type: 'boolean', default: false },
    urgent: { type: 'boolean' },
    curable: { type: 'boolean', default: true },
    method: { type: 'string', enum: ['signed-quote', 'purchase-order'] },
    reportedAt: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] },
  },
  required: ['issueDate', 'totalCents', 'payments', 'method'],
};

describe('schema form', () => {
  const specs = fieldSpecs(latePayment);
  const kinds = Object.fromEntries(specs.map((spec) => [spec.name, spec.kind]));

  it('maps JSON Schema types to inputs', () => {
    expect(kinds).toEqual({
      issueDate: 'date',
      dueDate: 'date',
      totalCents: 'integer',
      payments: 'array',
      publicBuyer: 'boolean',
      urgent: 'boolean',
      curable: 'boolean',
      method: 'enum',
      reportedAt: 'datetime',
    });
    expect(specs.find((spec) => spec.name === 'payments')?.itemFields.map((f) => [f.name, f.kind])).toEqual([
      ['date', 'date'],
      ['amountCents', 'integer'],
    ]);
  });

  it('starts booleans at their default and required enums at their first choice', () => {
    const values = initialValues(specs);
    expect(values.publicBuyer).toBe(false);
    expect(values.curable).toBe(true);
    expect(values.urgent).toBe('');
    expect(values.method).toBe('signed-quote');
    expect(values.payments).toEqual([]);
  });

  it('omits empty optional fields and converts numbers and rows; amounts are typed in euros and sent in cents', () => {
    const payments = specs.find((spec) => spec.name === 'payments');
    if (!payments) throw new Error('payments field missing');
    const values = {
      ...initialValues(specs),
      issueDate: '2025-01-15',
      totalCents: '1 234,56',
      payments: [{ date: '2025-03-01', amountCents: '10' }, emptyRow(payments)],
    };
    expect(buildFacts(specs, { ...values, urgent: 'false' }).urgent).toBe(false);
    expect(buildFacts(specs, values)).toEqual({
      issueDate: '2025-01-15',
      totalCents: 123456,
      payments: [{ date: '2025-03-01', amountCents: 1000 }],
      publicBuyer: false,
      curable: true,
      method: 'signed-quote',
    });
  });

  it('maps server error paths to form keys', () => {
    expect(factErrorKey('facts.payments.0.date')).toBe('payments.0.date');
    expect(factErrorKey('/facts/issueDate')).toBe('issueDate');
    expect(factErrorKey('asOf')).toBeUndefined();
    expect(humanize('monthlyRentCents')).toBe('Monthly rent cents');
  });
});
