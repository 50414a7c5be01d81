import { describe, expect, it } from 'vitest';
import { AppError } from '../kernel/errors.ts';
import { ALLEO_V1, ALLEO_V1_PARAMETERS, articleByNumber } from './alleo-v1.ts';
import { PARAMETER_ARTICLES, termsVersionSchema, type TermsVersion } from './types.ts';
import { termsInForce } from './versions.ts';

describe('ALLEO terms v1', () => {
  it('is a valid terms version', () => {
    expect(termsVersionSchema.safeParse(ALLEO_V1).success).toBe(true);
  });
  it.each([
    ['quoteValidityDays', 30],
    ['carrierReservationJoursOuvrables', 3],
    ['incoterm', 'EXW'],
    ['interventionConfirmationDays', 15],
    ['lateCancellationDays', 7],
    ['incidentReportHours', 48],
    ['paymentTermDays', 30],
    ['earlyPaymentDiscount', false],
    ['lateInterestMarginPoints', '10'],
    ['ecbRateRule', 'semester'],
    ['applyLegalFloor', false],
    ['publicBuyerMarginPoints', '8'],
    ['recoveryIndemnityCents', 4000],
    ['contestationYears', 1],
    ['confidentialityYears', 5],
    ['cureDays', 30],
    ['forceMajeureTerminationDays', 60],
    ['personalDataRetentionYears', 5],
    ['nonSolicitationMonths', 12],
    ['nonSolicitationIndemnityMonths', 12],
    ['amicableDays', 30],
    ['court', 'Tribunal de commerce de Mâcon'],
  ] as const)('%s = %j (SPEC.md)', (key, value) => {
    expect(ALLEO_V1_PARAMETERS[key]).toEqual(value);
  });
  it('pays by transfer, direct debit or administrative mandate', () => {
    expect(ALLEO_V1_PARAMETERS.paymentMethods).toEqual(['bank-transfer', 'direct-debit', 'administrative-mandate']);
  });
  it('has an article and a label for every parameter, and the article exists', () => {
    expect(Object.keys(PARAMETER_ARTICLES).sort()).toEqual(Object.keys(ALLEO_V1_PARAMETERS).sort());
    for (const source of Object.values(PARAMETER_ARTICLES)) {
      expect(articleByNumber(ALLEO_V1, source.article), source.article).toBeDefined();
      expect(source.label.fr.length * source.label.en.length).toBeGreaterThan(0);
    }
  });
  it('lists every top-level article 1 to 22 and the annex', () => {
    const numbers = ALLEO_V1.articles.map((a) => a.number);
    for (let n = 1; n <= 22; n++) expect(numbers).toContain(String(n));
    expect(numbers).toContain('annex');
    expect(new Set(numbers).size).toBe(numbers.length);
  });
  it.each([
    '3.1',
    '3.2',
    '3.3',
    '4.1.3',
    '4.1.4',
    '6.9',
    '7',
    '10.1',
    '10.3',
    '11.3',
    '13',
    '15.2',
    '15.3',
    '16.1',
    '17.2',
    '18',
    '21',
    '22',
  ])('summarises article %s in both languages', (number) => {
    const a = articleByNumber(ALLEO_V1, number)!;
    expect(a.summary.fr.length).toBeGreaterThan(30);
    expect(a.summary.en.length).toBeGreaterThan(30);
    expect(a.summary.fr).not.toBe(a.summary.en);
  });
  it('returns undefined for an unknown article', () => {
    expect(articleByNumber(ALLEO_V1, '99')).toBeUndefined();
  });
});

describe('termsInForce', () => {
  const v2: TermsVersion = { ...ALLEO_V1, version: 'ALLEO-2', effectiveFrom: '2026-01-01' };
  it.each([
    ['2024-01-01', 'ALLEO-1'],
    ['2025-12-31', 'ALLEO-1'],
    ['2026-01-01', 'ALLEO-2'],
  ])('on %s: %s', (date, version) => {
    expect(termsInForce([v2, ALLEO_V1], date).version).toBe(version);
  });
  it('throws terms.none_in_force before the first version', () => {
    expect(() => termsInForce([ALLEO_V1], '2023-12-31')).toThrow(AppError);
    try {
      termsInForce([ALLEO_V1], '2023-12-31');
    } catch (e) {
      expect((e as AppError).code).toBe('terms.none_in_force');
    }
  });
});
