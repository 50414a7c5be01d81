import { describe, expect, it } from 'vitest';
import { AppError } from '../kernel/errors.ts';
import { ALLEO_V1 } from '../terms/alleo-v1.ts';
import { mergeRateHistory, ECB_MRO_RATES } from '../terms/ecb-rates.ts';
import { evaluate, listRules, RULES } from './index.ts';
import { invalidPaths } from './test-support.ts';

const COMMON = ['rule', 'asOf', 'outcome', 'citation', 'explanation', 'parameters'];

// RULES.md table: id, article, sample facts, the rule's own decision fields, allowed outcomes
const CATALOGUE: [string, string, Record<string, unknown>, string[], string[]][] = [
  ['quote.validity', '3.1', { issueDate: '2025-03-01' }, ['expiresOn'], ['valid', 'expired']],
  [
    'quote.acceptance',
    '3.1',
    { issueDate: '2025-03-01', acceptedOn: '2025-03-05', method: 'signed-quote', withReservations: false },
    ['reason'],
    ['accepted', 'refused'],
  ],
  [
    'delivery.reservation-deadline',
    '4.1.3',
    { deliveryDate: '2025-03-03' },
    ['deadline'],
    ['pending', 'in-time', 'late', 'deemed-accepted'],
  ],
  [
    'intervention.confirmation',
    '6.9',
    { interventionDate: '2025-04-01' },
    ['confirmBy'],
    ['pending', 'guaranteed', 'not-guaranteed'],
  ],
  [
    'intervention.cancellation',
    '6.9',
    { interventionDate: '2025-04-01', cancelledOn: '2025-03-28', servicePriceCents: 1, indemnityCents: 1 },
    ['chargeCents'],
    ['free', 'indemnity', 'full'],
  ],
  [
    'rental.incident-report',
    '7',
    { eventAt: '2025-03-01T10:00:00Z', reportedAt: '2025-03-02T10:00:00Z' },
    ['reportBy'],
    ['in-time', 'late'],
  ],
  ['invoice.due-date', '10.1', { issueDate: '2025-03-01' }, ['dueDate'], ['not-due', 'due']],
  [
    'invoice.late-payment',
    '10.3',
    { issueDate: '2025-01-01', totalCents: 100, payments: [] },
    ['dueDate', 'unpaidCents', 'daysLate', 'interestCents', 'indemnityCents', 'periods'],
    ['not-due', 'paid-on-time', 'late', 'paid-late'],
  ],
  [
    'rental.late-return',
    '15.3',
    { returnDueDate: '2025-03-01', monthlyRentCents: 3000 },
    ['daysLate', 'indemnityCents'],
    ['on-time', 'late', 'returned-late'],
  ],
  [
    'termination.formal-notice',
    '15.2',
    { noticeReceivedOn: '2025-03-01' },
    ['terminableFrom'],
    ['cure-period', 'terminable', 'cured'],
  ],
  ['force-majeure', '16.1', { startDate: '2025-03-01' }, ['terminableFrom'], ['suspended', 'terminable', 'ended']],
  [
    'claim.contestation',
    '11.3',
    { failureDate: '2025-01-01', contestedOn: '2025-02-01', byRegisteredLetter: true },
    ['deadline'],
    ['in-time', 'out-of-time', 'invalid-form'],
  ],
  [
    'liability.cap',
    '11.3',
    { paidUnderContractCents: 100, wilfulMisconduct: false },
    ['capCents'],
    ['capped', 'uncapped'],
  ],
  ['confidentiality.expiry', '13', { disclosedOn: '2025-03-01' }, ['protectedUntil'], ['protected', 'expired']],
  ['personal-data.retention', '17.2', {}, ['retainUntil'], ['active', 'retain', 'erase']],
  ['non-solicitation', '18', {}, ['until', 'indemnityCents'], ['in-force', 'expired']],
  ['dispute.amicable-period', '21', { notifiedOn: '2025-03-01' }, ['courtFrom', 'court'], ['amicable', 'court']],
];

// Decisions modules take, also exposed by the catalogue (not in RULES.md's table): id, article,
// sample facts, every field the rule may carry (some outcomes carry only some), allowed outcomes.
const MODULE_DECISIONS: [string, string, Record<string, unknown>, string[], string[], string][] = [
  [
    'invoice.acceleration',
    '10.3',
    { invoiceId: 'i-2', dueDate: '2025-06-30', unpaidInvoices: [{ id: 'i-1', dueDate: '2025-05-01' }] },
    ['invoiceId', 'invoiceNumber', 'originalDueDate', 'payableFrom', 'overdueInvoice'],
    ['accelerated', 'already-due', 'no-overdue-invoice'],
    'late-payment',
  ],
  [
    'client.prepayment',
    '10.3',
    {
      clientId: 'c-1',
      legalName: 'Client SAS',
      financialStatus: 'normal',
      unpaidInvoices: [{ id: 'i-1', dueDate: '2025-05-01' }],
    },
    ['clientId', 'from', 'to', 'overdueInvoices'],
    ['prepayment-required', 'not-required', 'release-refused', 'release-allowed'],
    'late-payment',
  ],
  [
    'contract.cancellation-for-non-payment',
    '10.3',
    {
      contractId: 'ct-1',
      contractNumber: 'C-1',
      unpaidInvoices: [{ id: 'i-1', dueDate: '2025-05-01', openCents: 100 }],
      decidedById: 'u-1',
      decidedByName: 'Claire',
      reason: 'Impayés',
    },
    ['contractId', 'contractNumber', 'reason', 'decidedBy', 'overdueInvoices'],
    ['cancelled', 'refused'],
    'late-payment',
  ],
  [
    'contract.vat-rate',
    '9.2',
    {
      contractNumber: 'C-1',
      orderDate: '2025-05-01',
      changes: [{ position: 1, label: 'Pare-feu', category: 'Taux normal', fromPercent: '20', toPercent: '21' }],
      quotedVatCents: 200,
      contractVatCents: 210,
    },
    ['orderDate', 'changes', 'quotedVatCents', 'contractVatCents'],
    ['rerated', 'unchanged'],
    'contracts',
  ],
  [
    'licence.usage',
    '14.4',
    { solution: 'Suite', licensedUsers: 5, usersCount: 6, observedOn: '2025-05-01' },
    ['licensedUsers', 'usersCount', 'excessUsers', 'observedOn'],
    ['within-licence', 'over-usage'],
    'licences',
  ],
  [
    'contract.assignment',
    '19.1',
    { contractNumber: 'C-1', by: 'client', assigneeName: 'Cessionnaire SAS', writtenConsent: true },
    ['by', 'assigneeName', 'effectiveOn'],
    ['allowed', 'refused'],
    'contracts',
  ],
];

describe('the registry declares the outcomes and fields of each rule', () => {
  it('as RULES.md states them, in its order, then the module decisions', () => {
    expect(RULES.map((r) => [r.id, r.article, r.outcomes, r.fields])).toEqual([
      ...CATALOGUE.map(([id, article, , fields, outcomes]) => [id, article, outcomes, fields]),
      ...MODULE_DECISIONS.map(([id, article, , fields, outcomes]) => [id, article, outcomes, fields]),
    ]);
  });
  it('marks the module decisions, and only them, with the module that calls them', () => {
    expect(RULES.filter((r) => r.moduleDecision).map((r) => [r.id, r.moduleDecision!.module])).toEqual(
      MODULE_DECISIONS.map(([id, , , , , module]) => [id, module]),
    );
  });
});

describe('evaluate: the module decisions exposed by the catalogue', () => {
  it.each(MODULE_DECISIONS)(
    '%s cites art. %s and carries the common fields, then its own in order',
    (id, article, facts, fields, outcomes) => {
      const d = evaluate(id, facts, { asOf: '2025-06-01', terms: ALLEO_V1 });
      const keys = Object.keys(d);
      expect(keys.slice(0, COMMON.length)).toEqual(COMMON);
      expect(keys.slice(COMMON.length)).toEqual(fields.filter((f) => keys.includes(f)));
      expect(d).toMatchObject({ rule: id, asOf: '2025-06-01', citation: { article, termsVersion: 'ALLEO-1' } });
      expect(outcomes).toContain(d.outcome);
      expect(d.explanation.fr.length).toBeGreaterThan(20);
      expect(d.explanation.en.length).toBeGreaterThan(20);
      expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    },
  );
});

describe('evaluate: the decision contract of RULES.md', () => {
  it.each(CATALOGUE)(
    '%s cites art. %s and carries exactly the documented fields',
    (id, article, facts, fields, outcomes) => {
      const d = evaluate(id, facts, { asOf: '2025-06-01', terms: ALLEO_V1 });
      expect(Object.keys(d)).toEqual([...COMMON, ...fields]);
      expect(d).toMatchObject({ rule: id, asOf: '2025-06-01', citation: { article, termsVersion: 'ALLEO-1' } });
      expect(outcomes).toContain(d.outcome);
      expect(d.explanation.fr.length).toBeGreaterThan(20);
      expect(d.explanation.en.length).toBeGreaterThan(20);
      expect(JSON.parse(JSON.stringify(d))).toEqual(d);
      for (const key of Object.keys(d.parameters)) expect(ALLEO_V1.parameters).toHaveProperty(key);
    },
  );
});

describe('evaluate: errors', () => {
  it('throws rule.not_found for an unknown rule', () => {
    let error: unknown;
    try {
      evaluate('invoice.unknown', {}, { asOf: '2025-01-01', terms: ALLEO_V1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('rule.not_found');
    expect((error as AppError).kind).toBe('not-found');
  });
  it.each([
    ['2025-02-29', { issueDate: '2025-03-01' }, ['asOf']],
    ['2025-06-01', null, ['facts']],
    ['01/06/2025', { issueDate: 'soon', extra: true }, ['asOf', 'facts.issueDate', 'facts.extra']],
    ['2025-06-01', { issueDate: '2025-03-01', validityDays: 0 }, ['facts.validityDays']],
  ])('asOf %j, facts %j → errors at %j', (asOf, facts, paths) => {
    expect(invalidPaths(() => evaluate('quote.validity', facts, { asOf, terms: ALLEO_V1 }))).toEqual(paths);
  });
});

describe('evaluate: ECB history', () => {
  it('uses the ECB history given in the context instead of the shipped one', () => {
    const facts = { issueDate: '2026-06-01', dueDate: '2026-07-27', totalCents: 100000, payments: [] };
    const terms = { ...ALLEO_V1, parameters: { ...ALLEO_V1.parameters, ecbRateRule: 'latest' as const } };
    const hike = mergeRateHistory(ECB_MRO_RATES, [{ effectiveFrom: '2026-07-29', ratePercent: '2.40' }]);
    const shipped = evaluate('invoice.late-payment', facts, { asOf: '2026-07-30', terms });
    const updated = evaluate('invoice.late-payment', facts, { asOf: '2026-07-30', terms, ecbRates: hike });
    expect((shipped.periods as { ratePercent: string }[]).map((p) => p.ratePercent)).toEqual(['12.15']);
    expect((updated.periods as { ratePercent: string }[]).map((p) => p.ratePercent)).toEqual(['12.15', '12.40']);
  });
});

describe('listRules', () => {
  it('lists the catalogue in RULES.md order, then the module decisions, with a JSON Schema of the facts', () => {
    const rules = listRules();
    expect(rules.map((r) => [r.id, r.article])).toEqual(
      [...CATALOGUE, ...MODULE_DECISIONS].map(([id, article]) => [id, article]),
    );
    for (const r of rules) {
      expect(r.title.fr.length * r.title.en.length).toBeGreaterThan(0);
      expect(r.factsJsonSchema).toMatchObject({ type: 'object', additionalProperties: false });
    }
  });
  it('describes required fields and formats', () => {
    const schema = listRules().find((r) => r.id === 'invoice.late-payment')!.factsJsonSchema as {
      required: string[];
      properties: Record<string, { format?: string }>;
    };
    expect(schema.required).toEqual(['issueDate', 'totalCents', 'payments']);
    expect(schema.properties.issueDate!.format).toBe('date');
  });
  it('returns copies the caller may change', () => {
    listRules()[0]!.id = 'changed';
    expect(listRules()[0]!.id).toBe('quote.validity');
  });
});
