/** Every rule of the catalogue (RULES.md and the module decisions) answers over HTTP with its documented fields, on both engines. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';

const COMMON = ['rule', 'asOf', 'outcome', 'citation', 'explanation', 'parameters'];

/** One example per rule: facts, as-of, the expected outcome and rule-specific fields. */
export const EXAMPLES: Array<{
  rule: string;
  article: string;
  asOf: string;
  facts: Record<string, unknown>;
  outcome: string;
  fields: Record<string, unknown>;
}> = [
  {
    rule: 'quote.validity',
    article: '3.1',
    asOf: '2026-04-10',
    facts: { issueDate: '2026-03-10' },
    outcome: 'expired',
    fields: { expiresOn: '2026-04-09' },
  },
  {
    rule: 'quote.acceptance',
    article: '3.1',
    asOf: '2026-04-09',
    facts: { issueDate: '2026-03-10', acceptedOn: '2026-04-09', method: 'signed-quote', withReservations: false },
    outcome: 'accepted',
    fields: { reason: null },
  },
  {
    rule: 'delivery.reservation-deadline',
    article: '4.1.3',
    asOf: '2026-07-20',
    facts: { deliveryDate: '2026-07-11' },
    outcome: 'deemed-accepted',
    fields: { deadline: '2026-07-16' },
  },
  {
    rule: 'intervention.confirmation',
    article: '6.9',
    asOf: '2026-06-10',
    facts: { interventionDate: '2026-06-20', confirmedOn: '2026-06-04' },
    outcome: 'guaranteed',
    fields: { confirmBy: '2026-06-05' },
  },
  {
    rule: 'intervention.cancellation',
    article: '6.9',
    asOf: '2026-06-18',
    facts: {
      interventionDate: '2026-06-20',
      cancelledOn: '2026-06-18',
      servicePriceCents: 95000,
      indemnityCents: 25000,
    },
    outcome: 'indemnity',
    fields: { chargeCents: 25000 },
  },
  {
    rule: 'rental.incident-report',
    article: '7',
    asOf: '2026-06-05',
    facts: { eventAt: '2026-06-01T10:00:00+02:00', reportedAt: '2026-06-03T10:00:01+02:00' },
    outcome: 'late',
    fields: { reportBy: '2026-06-03T10:00:00+02:00' },
  },
  {
    rule: 'invoice.due-date',
    article: '10.1',
    asOf: '2026-03-03',
    facts: { issueDate: '2026-01-31' },
    outcome: 'due',
    fields: { dueDate: '2026-03-02' },
  },
  {
    rule: 'invoice.late-payment',
    article: '10.3',
    asOf: '2026-04-15',
    facts: { issueDate: '2026-01-10', totalCents: 120000, payments: [{ date: '2026-03-20', amountCents: 50000 }] },
    outcome: 'late',
    fields: { dueDate: '2026-02-09', unpaidCents: 70000, daysLate: 65, interestCents: 2164, indemnityCents: 4000 },
  },
  {
    rule: 'rental.late-return',
    article: '15.3',
    asOf: '2026-05-11',
    facts: { returnDueDate: '2026-05-01', monthlyRentCents: 30000 },
    outcome: 'late',
    fields: { daysLate: 10, indemnityCents: 10000 },
  },
  {
    rule: 'termination.formal-notice',
    article: '15.2',
    asOf: '2026-04-01',
    facts: { noticeReceivedOn: '2026-03-01' },
    outcome: 'terminable',
    fields: { terminableFrom: '2026-04-01' },
  },
  {
    rule: 'force-majeure',
    article: '16.1',
    asOf: '2026-03-03',
    facts: { startDate: '2026-01-01' },
    outcome: 'terminable',
    fields: { terminableFrom: '2026-03-03' },
  },
  {
    rule: 'claim.contestation',
    article: '11.3',
    asOf: '2026-03-02',
    facts: { failureDate: '2025-03-01', contestedOn: '2026-03-02', byRegisteredLetter: true },
    outcome: 'out-of-time',
    fields: { deadline: '2026-03-01' },
  },
  {
    rule: 'liability.cap',
    article: '11.3',
    asOf: '2026-03-02',
    facts: { paidUnderContractCents: 500000, wilfulMisconduct: false },
    outcome: 'capped',
    fields: { capCents: 500000 },
  },
  {
    rule: 'confidentiality.expiry',
    article: '13',
    asOf: '2026-03-02',
    facts: { disclosedOn: '2021-03-01' },
    outcome: 'expired',
    fields: { protectedUntil: '2026-03-01' },
  },
  {
    rule: 'personal-data.retention',
    article: '17.2',
    asOf: '2026-03-02',
    facts: { relationshipEndedOn: '2021-03-01' },
    outcome: 'erase',
    fields: { retainUntil: '2026-03-01' },
  },
  {
    rule: 'non-solicitation',
    article: '18',
    asOf: '2026-03-02',
    facts: { contractEndedOn: '2025-03-01', monthlyGrossSalaryCents: 400000 },
    outcome: 'expired',
    fields: { until: '2026-03-01', indemnityCents: 4800000 },
  },
  {
    rule: 'dispute.amicable-period',
    article: '21',
    asOf: '2026-03-31',
    facts: { notifiedOn: '2026-03-01' },
    outcome: 'amicable',
    fields: { courtFrom: '2026-04-01', court: 'Tribunal de commerce de Mâcon' },
  },
  // Decisions the modules take, also exposed by the catalogue (not in RULES.md's table).
  {
    rule: 'invoice.acceleration',
    article: '10.3',
    asOf: '2026-04-02',
    facts: {
      invoiceId: 'i-2',
      invoiceNumber: 'F-2026-0000002',
      dueDate: '2026-05-31',
      unpaidInvoices: [{ id: 'i-1', number: 'F-2026-0000001', dueDate: '2026-04-01' }],
    },
    outcome: 'accelerated',
    fields: {
      payableFrom: '2026-04-02',
      overdueInvoice: { id: 'i-1', number: 'F-2026-0000001', dueDate: '2026-04-01' },
    },
  },
  {
    rule: 'client.prepayment',
    article: '10.3',
    asOf: '2026-04-02',
    facts: {
      clientId: 'c-1',
      legalName: 'Transports Morel SAS',
      financialStatus: 'normal',
      unpaidInvoices: [{ id: 'i-1', dueDate: '2026-04-01' }],
    },
    outcome: 'prepayment-required',
    fields: {
      from: 'normal',
      to: 'prepayment-required',
      overdueInvoices: [{ id: 'i-1', number: null, dueDate: '2026-04-01' }],
    },
  },
  {
    rule: 'contract.cancellation-for-non-payment',
    article: '10.3',
    asOf: '2026-04-02',
    facts: {
      contractId: 'ct-1',
      contractNumber: 'C-2026-00001',
      unpaidInvoices: [],
      decidedById: 'u-1',
      decidedByName: 'Claire Compta',
      reason: 'Impayés',
    },
    outcome: 'refused',
    fields: { contractNumber: 'C-2026-00001' },
  },
  {
    rule: 'contract.vat-rate',
    article: '9.2',
    asOf: '2027-01-04',
    facts: {
      contractNumber: 'C-2027-00001',
      orderDate: '2027-01-04',
      changes: [{ position: 1, label: 'Pare-feu', category: 'Taux normal', fromPercent: '20', toPercent: '21' }],
      quotedVatCents: 20000,
      contractVatCents: 21000,
    },
    outcome: 'rerated',
    fields: { contractVatCents: 21000 },
  },
  {
    rule: 'licence.usage',
    article: '14.4',
    asOf: '2026-03-02',
    facts: { solution: 'Suite collaborative', licensedUsers: 25, usersCount: 32, observedOn: '2026-03-02' },
    outcome: 'over-usage',
    fields: { excessUsers: 7 },
  },
  {
    rule: 'contract.assignment',
    article: '19.1',
    asOf: '2026-03-02',
    facts: { contractNumber: 'C-2026-00001', by: 'alleo', assigneeName: 'ALLEO Services', effectiveOn: '2026-03-02' },
    outcome: 'refused',
    fields: { by: 'alleo', effectiveOn: '2026-03-02' },
  },
];

for (const dialect of DIALECTS) {
  describe(`rules over HTTP [${dialect}]`, () => {
    let t: TestApi;
    let staff: Session;
    beforeAll(async () => {
      t = await startTestApi(dialect);
      staff = await t.signIn('accounting');
    });
    afterAll(() => t.cleanup());

    it('lists the whole catalogue with facts schemas', async () => {
      const res = await t.as(staff, { method: 'GET', url: '/api/rules' });
      expect(res.statusCode).toBe(200);
      const ids = res.json().items.map((r: { id: string }) => r.id);
      expect(ids.sort()).toEqual(EXAMPLES.map((e) => e.rule).sort());
      const lp = res.json().items.find((r: { id: string }) => r.id === 'invoice.late-payment');
      expect(lp.factsJsonSchema.required).toEqual(expect.arrayContaining(['issueDate', 'totalCents', 'payments']));
    });

    for (const ex of EXAMPLES) {
      it(`${ex.rule} (art. ${ex.article}) → ${ex.outcome}`, async () => {
        const res = await t.as(staff, {
          method: 'POST',
          url: `/api/rules/${ex.rule}/evaluate`,
          payload: { asOf: ex.asOf, facts: ex.facts },
        });
        expect(res.statusCode, res.body).toBe(200);
        const d = res.json();
        for (const k of COMMON) expect(d).toHaveProperty(k);
        expect(d).toMatchObject({
          rule: ex.rule,
          asOf: ex.asOf,
          outcome: ex.outcome,
          citation: { article: ex.article, termsVersion: 'ALLEO-1' },
          ...ex.fields,
        });
        expect(d.explanation.fr.length).toBeGreaterThan(10);
        expect(d.explanation.en.length).toBeGreaterThan(10);
      });
    }

    it('unknown rule → 404; invalid facts → 400 naming each field', async () => {
      const unknown = await t.as(staff, {
        method: 'POST',
        url: '/api/rules/no.such-rule/evaluate',
        payload: { asOf: '2026-03-02', facts: {} },
      });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('rule.not_found');
      const bad = await t.as(staff, {
        method: 'POST',
        url: '/api/rules/invoice.late-payment/evaluate',
        payload: {
          asOf: '2026-13-02',
          facts: { issueDate: '2026-02-30', totalCents: -5, payments: [{ date: 'x', amountCents: 1.5 }], surprise: 1 },
        },
      });
      expect(bad.statusCode).toBe(400);
      const paths = bad.json().errors.map((e: { path: string }) => e.path);
      expect(paths).toContain('asOf');
      const bad2 = await t.as(staff, {
        method: 'POST',
        url: '/api/rules/invoice.late-payment/evaluate',
        payload: {
          asOf: '2026-03-02',
          facts: { issueDate: '2026-02-30', totalCents: -5, payments: [{ date: 'x', amountCents: 1.5 }], surprise: 1 },
        },
      });
      expect(bad2.statusCode).toBe(400);
      expect(bad2.json().errors.map((e: { path: string }) => e.path)).toEqual(
        expect.arrayContaining([
          'facts.issueDate',
          'facts.totalCents',
          'facts.payments.0.date',
          'facts.payments.0.amountCents',
          'facts.surprise',
        ]),
      );
    });

    it('dates outside 1900-01-01…2199-12-31 → 400 naming the field, for every date of every rule and asOf', async () => {
      const evaluate = (rule: string, asOf: string, facts: Record<string, unknown>) =>
        t.as(staff, { method: 'POST', url: `/api/rules/${rule}/evaluate`, payload: { asOf, facts } });
      for (const ex of EXAMPLES) {
        for (const [key, value] of Object.entries(ex.facts)) {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) continue;
          for (const far of ['9999-12-31', '1899-12-31']) {
            const res = await evaluate(ex.rule, ex.asOf, { ...ex.facts, [key]: far + value.slice(10) });
            expect(res.statusCode, `${ex.rule} ${key}=${far}: ${res.body}`).toBe(400);
            expect(res.headers['content-type']).toContain('application/problem+json');
            expect(
              res.json().errors.map((e: { path: string }) => e.path),
              ex.rule,
            ).toContain(`facts.${key}`);
          }
          // The last supported day is evaluated (rules add months and years to it without overflowing).
          const edge = await evaluate(ex.rule, '2199-12-31', { ...ex.facts, [key]: '2199-12-31' + value.slice(10) });
          expect(edge.statusCode, `${ex.rule} ${key}=2199-12-31: ${edge.body}`).toBeLessThan(500);
        }
        const asOf = await evaluate(ex.rule, '9999-12-31', ex.facts);
        expect(asOf.statusCode, `${ex.rule} asOf: ${asOf.body}`).toBe(400);
        expect(asOf.json().errors).toEqual([expect.objectContaining({ path: 'asOf', code: 'date_out_of_range' })]);
      }
      const fr = await evaluate('non-solicitation', '2026-03-02', { contractEndedOn: '9999-12-31' });
      expect(fr.json().errors).toEqual([
        expect.objectContaining({
          path: 'facts.contractEndedOn',
          message: 'doit être comprise entre le 1900-01-01 et le 2199-12-31',
        }),
      ]);
    });

    it('a client user cannot use the rule engine (staff only)', async () => {
      const client = await t.signIn('client');
      const res = await t.as(client, {
        method: 'POST',
        url: '/api/rules/quote.validity/evaluate',
        payload: { asOf: '2026-03-02', facts: { issueDate: '2026-03-01' } },
      });
      expect(res.statusCode).toBe(403);
    });

    it('an explicit terms version is used, an unknown one is refused', async () => {
      const res = await t.as(staff, {
        method: 'POST',
        url: '/api/rules/quote.validity/evaluate',
        payload: { asOf: '2026-03-02', termsVersion: 'NOPE', facts: { issueDate: '2026-03-01' } },
      });
      expect(res.statusCode).toBe(404);
      expect(res.json().errors[0].path).toBe('termsVersion');
    });
  });
}
