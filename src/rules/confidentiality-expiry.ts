/**
 * art. 13 — information exchanged under the contract stays confidential for 5 years from each
 * disclosure; protectedUntil is the last protected day (disclosure + 5 years).
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { periodLastDay } from '../kernel/periods.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide, usedParameters } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'confidentiality.expiry', article: '13' };

export const confidentialityExpiry = defineRule({
  ...RULE,
  title: { fr: 'Durée de confidentialité', en: 'Confidentiality period' },
  outcomes: ['protected', 'expired'],
  fields: ['protectedUntil'],
  factsSchema: z.strictObject({ disclosedOn: civilDateSchema }),
  evaluate(facts, ctx) {
    const years = ctx.terms.parameters.confidentialityYears;
    const protectedUntil = periodLastDay(facts.disclosedOn, { years });
    const isProtected = ctx.asOf <= protectedUntil;
    const explanation = {
      fr: `Information communiquée le ${formatDateFr(facts.disclosedOn)}, confidentielle ${years} ans : ${isProtected ? 'protégée' : 'protection échue'} (jusqu'au ${formatDateFr(protectedUntil)} inclus).`,
      en: `Information disclosed on ${formatDateEn(facts.disclosedOn)}, confidential for ${years} years: ${isProtected ? 'protected' : 'protection expired'} (until ${formatDateEn(protectedUntil)} inclusive).`,
    };
    return decide(
      RULE,
      ctx,
      isProtected ? 'protected' : 'expired',
      explanation,
      usedParameters(ctx, ['confidentialityYears']),
      { protectedUntil },
    );
  },
});
