import { describe, expect, it } from 'vitest';
import { ECB_MRO_RATES } from '../terms/index.ts';
import { evaluate, lateRateOnFirstDay } from './index.ts';
import { invalidPaths, ruleRunner, termsWith } from './test-support.ts';

const run = ruleRunner('invoice.late-payment');
const latest = termsWith({ ecbRateRule: 'latest' });
const paid = (date: string, amountCents: number) => ({ date, amountCents });
const periodsOf = (d: Record<string, unknown>) =>
  (
    d.periods as {
      from: string;
      to: string;
      days: number;
      ratePercent: string;
      baseCents: number;
      interestCents: number;
    }[]
  ).map((p) => [p.from, p.to, p.days, p.ratePercent, p.baseCents, p.interestCents]);

describe('LEGAL.md §1.4 worked examples', () => {
  it('A: EUR 1,200 due 31 March 2025, paid 15 May 2025 → 45 days at 13.15 %, EUR 19.45 + EUR 40', () => {
    const d = run(
      { issueDate: '2025-03-01', dueDate: '2025-03-31', totalCents: 120000, payments: [paid('2025-05-15', 120000)] },
      '2025-06-01',
    );
    expect(d).toMatchObject({
      outcome: 'paid-late',
      dueDate: '2025-03-31',
      unpaidCents: 0,
      daysLate: 45,
      interestCents: 1945,
      indemnityCents: 4000,
    });
    expect(periodsOf(d)).toEqual([['2025-04-01', '2025-05-15', 45, '13.15', 120000, 1945]]);
    expect(d.citation).toEqual({ article: '10.3', termsVersion: 'ALLEO-1' });
    expect(d.parameters).toEqual({
      lateInterestMarginPoints: '10',
      ecbRateRule: 'semester',
      applyLegalFloor: false,
      recoveryIndemnityCents: 4000,
    });
    expect(d.explanation.fr).toContain('19,45 €');
    expect(d.explanation.en).toContain('EUR 19.45');
  });
  it('A with the "latest" rule follows each ECB operation instead (the rate at the due date is never used alone)', () => {
    const d = run(
      { issueDate: '2025-03-01', dueDate: '2025-03-31', totalCents: 120000, payments: [paid('2025-05-15', 120000)] },
      '2025-06-01',
      latest,
    );
    expect(periodsOf(d)).toEqual([
      ['2025-04-01', '2025-04-22', 22, '12.65', 120000, 915],
      ['2025-04-23', '2025-05-15', 23, '12.40', 120000, 938],
    ]);
    expect(d.interestCents).toBe(1853);
  });
  it('B: across 30 June / 1 July, each half-year at its own rate, each period rounded (RULES.md)', () => {
    const d = run(
      { issueDate: '2025-05-16', dueDate: '2025-06-15', totalCents: 120000, payments: [paid('2025-07-15', 120000)] },
      '2025-08-01',
    );
    // 6.4849 → 6.48 and 5.9918 → 5.99: RULES.md rounds each period, so 12.47 (LEGAL.md rounds the sum: 12.48)
    expect(periodsOf(d)).toEqual([
      ['2025-06-16', '2025-06-30', 15, '13.15', 120000, 648],
      ['2025-07-01', '2025-07-15', 15, '12.15', 120000, 599],
    ]);
    expect(d).toMatchObject({ interestCents: 1247, indemnityCents: 4000, daysLate: 30 });
  });
});

describe('due date and outcomes', () => {
  const base = { issueDate: '2025-03-01', totalCents: 120000 };
  it.each([
    ['not due on the due date itself', [], '2025-03-31', 'not-due', 0, 120000, 0, 0],
    ['paid on the due date: on time', [paid('2025-03-31', 120000)], '2025-05-01', 'paid-on-time', 0, 0, 0, 0],
    ['paid the day after: 1 day late', [paid('2025-04-01', 120000)], '2025-05-01', 'paid-late', 1, 0, 43, 4000],
    ['unpaid the day after the due date', [], '2025-04-01', 'late', 1, 120000, 43, 4000],
    ['unpaid, interest counted up to asOf inclusive', [], '2025-04-10', 'late', 10, 120000, 432, 4000],
    [
      'a payment after asOf has not happened yet',
      [paid('2025-05-15', 120000)],
      '2025-04-10',
      'late',
      10,
      120000,
      432,
      4000,
    ],
    [
      'overpaid: settled on the day the total is reached',
      [paid('2025-04-10', 130000)],
      '2025-06-01',
      'paid-late',
      10,
      0,
      432,
      4000,
    ],
    ['paid early', [paid('2025-03-05', 120000)], '2025-03-10', 'paid-on-time', 0, 0, 0, 0],
  ])('%s', (_label, payments, asOf, outcome, daysLate, unpaidCents, interestCents, indemnityCents) => {
    const d = run({ ...base, payments }, asOf);
    expect(d).toMatchObject({ dueDate: '2025-03-31', outcome, daysLate, unpaidCents, interestCents, indemnityCents });
    expect(d.parameters).toMatchObject({ paymentTermDays: 30 });
  });
  it('says "1 jour" / "1 day" late in the singular, "2 jours" / "2 days" in the plural', () => {
    const unpaid = run({ ...base, dueDate: '2025-04-15', payments: [] }, '2025-04-16');
    expect(unpaid.daysLate).toBe(1);
    expect(unpaid.explanation.fr).toContain('(1 jour de retard)');
    expect(unpaid.explanation.en).toContain('(1 day late)');
    const paidLate = run({ ...base, dueDate: '2025-04-15', payments: [paid('2025-04-17', 120000)] }, '2025-04-20');
    expect(paidLate.daysLate).toBe(2);
    expect(paidLate.explanation.fr).toContain('avec 2 jours de retard');
    expect(paidLate.explanation.en).toContain(', 2 days late:');
  });
  it('uses the due date given in the facts and then records no payment term', () => {
    const d = run({ ...base, dueDate: '2025-04-15', payments: [] }, '2025-04-15');
    expect(d).toMatchObject({ outcome: 'not-due', dueDate: '2025-04-15' });
    expect(d.parameters).not.toHaveProperty('paymentTermDays');
  });
  it('takes the indemnity from the terms', () => {
    expect(run({ ...base, payments: [] }, '2025-04-10', termsWith({ recoveryIndemnityCents: 0 })).indemnityCents).toBe(
      0,
    );
  });
});

describe('partial payments, rate changes and half-years', () => {
  it('lowers the base the day after each payment, including one before the due date', () => {
    const d = run(
      {
        issueDate: '2025-03-01',
        totalCents: 120000,
        payments: [paid('2025-03-20', 20000), paid('2025-04-10', 50000), paid('2025-05-15', 50000)],
      },
      '2025-06-01',
    );
    expect(periodsOf(d)).toEqual([
      ['2025-04-01', '2025-04-10', 10, '13.15', 100000, 360],
      ['2025-04-11', '2025-05-15', 35, '13.15', 50000, 630],
    ]);
    expect(d).toMatchObject({ outcome: 'paid-late', daysLate: 45, interestCents: 990 });
  });
  const threePayments = {
    issueDate: '2025-05-01',
    totalCents: 300000,
    payments: [paid('2025-06-05', 100000), paid('2025-06-20', 100000), paid('2025-07-10', 100000)],
  };
  it('latest rule: a new period at the ECB change of 11 June 2025 and at each payment', () => {
    const d = run(threePayments, '2025-08-01', latest);
    expect(periodsOf(d)).toEqual([
      ['2025-06-01', '2025-06-05', 5, '12.40', 300000, 510],
      ['2025-06-06', '2025-06-10', 5, '12.40', 200000, 340],
      ['2025-06-11', '2025-06-20', 10, '12.15', 200000, 666],
      ['2025-06-21', '2025-07-10', 20, '12.15', 100000, 666],
    ]);
    expect(d).toMatchObject({ interestCents: 2182, daysLate: 40, parameters: { ecbRateRule: 'latest' } });
  });
  it('semester rule: the June change is ignored, the rate changes on 1 July', () => {
    const d = run(threePayments, '2025-08-01');
    expect(periodsOf(d)).toEqual([
      ['2025-06-01', '2025-06-05', 5, '13.15', 300000, 540],
      ['2025-06-06', '2025-06-20', 15, '13.15', 200000, 1081],
      ['2025-06-21', '2025-06-30', 10, '13.15', 100000, 360],
      ['2025-07-01', '2025-07-10', 10, '12.15', 100000, 333],
    ]);
    expect(d.interestCents).toBe(2314);
  });
  it('splits at 1 January while still unpaid', () => {
    const d = run({ issueDate: '2024-11-15', dueDate: '2024-12-15', totalCents: 120000, payments: [] }, '2025-01-15');
    expect(periodsOf(d)).toEqual([
      ['2024-12-16', '2024-12-31', 16, '14.25', 120000, 750],
      ['2025-01-01', '2025-01-15', 15, '13.15', 120000, 648],
    ]);
    expect(d).toMatchObject({ outcome: 'late', daysLate: 31, unpaidCents: 120000, interestCents: 1398 });
  });
  it('keeps one period across 1 January when both half-years have the same rate (2025 H2 and 2026 H1: 12.15 %)', () => {
    const d = run({ issueDate: '2025-11-15', dueDate: '2025-12-15', totalCents: 120000, payments: [] }, '2026-01-15');
    expect(periodsOf(d)).toEqual([['2025-12-16', '2026-01-15', 31, '12.15', 120000, 1238]]);
  });
  it('counts 29 February as a day and still divides by 365', () => {
    const d = run(
      { issueDate: '2024-01-29', dueDate: '2024-02-28', totalCents: 120000, payments: [paid('2024-03-01', 120000)] },
      '2024-03-31',
    );
    expect(periodsOf(d)).toEqual([['2024-02-29', '2024-03-01', 2, '14.50', 120000, 95]]);
  });
  it('applies the legal floor when the terms ask for it (2024 H1: 3 × 5.07 = 15.21 > 14.50)', () => {
    const facts = {
      issueDate: '2024-03-01',
      dueDate: '2024-03-31',
      totalCents: 120000,
      payments: [paid('2024-04-30', 120000)],
    };
    expect(periodsOf(run(facts, '2024-05-31'))).toEqual([['2024-04-01', '2024-04-30', 30, '14.50', 120000, 1430]]);
    expect(periodsOf(run(facts, '2024-05-31', termsWith({ applyLegalFloor: true })))).toEqual([
      ['2024-04-01', '2024-04-30', 30, '15.21', 120000, 1500],
    ]);
  });
});

describe('public buyer (C. commande publique R2192-31)', () => {
  it('fixes MRO on the first day of the half-year interest started + 8 points for the whole delay', () => {
    const d = run(
      {
        issueDate: '2025-05-16',
        dueDate: '2025-06-15',
        totalCents: 120000,
        payments: [paid('2025-08-15', 120000)],
        publicBuyer: true,
      },
      '2025-09-01',
    );
    expect(periodsOf(d)).toEqual([['2025-06-16', '2025-08-15', 61, '11.15', 120000, 2236]]);
    expect(d).toMatchObject({
      outcome: 'paid-late',
      indemnityCents: 4000,
      parameters: { publicBuyerMarginPoints: '8', recoveryIndemnityCents: 4000 },
    });
    expect(d.explanation.fr).toContain('R2192-31');
  });
  it('takes the second half-year rate when interest starts on 1 July', () => {
    const d = run(
      {
        issueDate: '2025-05-31',
        dueDate: '2025-06-30',
        totalCents: 120000,
        payments: [paid('2025-07-30', 120000)],
        publicBuyer: true,
      },
      '2025-09-01',
    );
    expect(periodsOf(d)).toEqual([['2025-07-01', '2025-07-30', 30, '10.15', 120000, 1001]]);
  });
  it('still splits on partial payments', () => {
    const d = run(
      {
        issueDate: '2025-05-16',
        dueDate: '2025-06-15',
        totalCents: 120000,
        payments: [paid('2025-07-15', 60000)],
        publicBuyer: true,
      },
      '2025-07-31',
    );
    expect(periodsOf(d).map((p) => [p[2], p[3], p[4]])).toEqual([
      [30, '11.15', 120000],
      [16, '11.15', 60000],
    ]);
    expect(d).toMatchObject({ outcome: 'late', unpaidCents: 60000, daysLate: 46 });
  });
});

describe('invalid facts', () => {
  it.each([
    [{ issueDate: '2025-03-01', dueDate: '2025-02-28', totalCents: 1, payments: [] }, ['facts.dueDate']],
    [{ issueDate: '2025-03-01', totalCents: 0, payments: [] }, ['facts.totalCents']],
    [
      { issueDate: '2025-03-01', totalCents: 100, payments: [{ date: '2025-04-31', amountCents: 0 }] },
      ['facts.payments.0.date', 'facts.payments.0.amountCents'],
    ],
    [{ issueDate: '2025-03-01', totalCents: 100 }, ['facts.payments']],
    [{ issueDate: '2025-03-01', totalCents: 100, payments: [], vat: 20 }, ['facts.vat']],
    [
      { issueDate: '2025-03-01', totalCents: 100.5, payments: [], publicBuyer: 'yes' },
      ['facts.totalCents', 'facts.publicBuyer'],
    ],
  ])('%j → %j', (facts, paths) => {
    expect(invalidPaths(() => run(facts, '2025-06-01'))).toEqual(paths);
  });
  it('names the due date when no ECB rate is known for the delay', () => {
    expect(invalidPaths(() => run({ issueDate: '1998-11-01', totalCents: 100, payments: [] }, '1999-02-01'))).toEqual([
      'facts.dueDate',
    ]);
  });
});

describe('lateRateOnFirstDay: the rate an invoice prints is the one the rule applies', () => {
  const ctx = (terms = termsWith({})) => ({ terms, ecbRates: ECB_MRO_RATES });
  it.each([
    ['semester', termsWith({}), false],
    ['latest', latest, false],
    ['public buyer', termsWith({}), true],
  ] as const)('%s', (_name, terms, publicBuyer) => {
    const printed = lateRateOnFirstDay('2025-03-31', publicBuyer, ctx(terms));
    const d = evaluate(
      'invoice.late-payment',
      { issueDate: '2025-03-01', dueDate: '2025-03-31', totalCents: 120000, payments: [], publicBuyer },
      { asOf: '2025-04-01', terms },
    );
    expect(periodsOf(d)[0]![3]).toBe(printed.ratePercent);
    expect(Number(printed.ratePercent)).toBe(Number(printed.ecbPercent) + Number(printed.marginPoints));
  });
  it('semester rule: 2025 H1 starts from the ECB rate of 1 January 2025 (3.15 %) + 10 points', () => {
    expect(lateRateOnFirstDay('2025-03-31', false, ctx())).toEqual({
      ratePercent: '13.15',
      ecbPercent: '3.15',
      marginPoints: '10',
    });
  });
});
