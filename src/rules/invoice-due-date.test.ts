import { describe, expect, it } from 'vitest';
import { ruleRunner } from './test-support.ts';

const run = ruleRunner('invoice.due-date');

describe('invoice.due-date (art. 10.1)', () => {
  it.each([
    ['2025-03-01', undefined, '2025-03-31', '2025-03-31', 'not-due'], // payment on the due date is on time
    ['2025-03-01', undefined, '2025-04-01', '2025-03-31', 'due'],
    ['2025-01-31', undefined, '2025-03-02', '2025-03-02', 'not-due'],
    ['2024-01-30', undefined, '2024-02-29', '2024-02-29', 'not-due'], // leap year
    ['2025-03-01', 60, '2025-04-30', '2025-04-30', 'not-due'],
    ['2025-03-01', 0, '2025-03-02', '2025-03-01', 'due'], // cash payment
  ])('issued %s, term %s, as of %s: due %s, %s', (issueDate, termDays, asOf, dueDate, outcome) => {
    const d = run({ issueDate, ...(termDays === undefined ? {} : { termDays }) }, asOf);
    expect(d).toMatchObject({ outcome, dueDate });
    expect(d.parameters).toEqual(termDays === undefined ? { paymentTermDays: 30 } : {});
  });
});
