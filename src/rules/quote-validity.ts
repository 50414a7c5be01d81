/**
 * art. 3.1 — a quote is open for acceptance for N days from its issue date (30 unless the quote
 * says otherwise). Period convention: the issue day is not counted, the quote can still be
 * accepted on issue + N (expiresOn) and is expired from issue + N + 1.
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr, type CivilDate } from '../kernel/dates.ts';
import { periodLastDay } from '../kernel/periods.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide } from './decide.ts';
import { defineRule, type RuleContext } from './types.ts';

/** Optional validity written on the quote ("sauf clause contraire"). */
export const validityDaysSchema = z.int().min(1).max(3650).optional();

/** The last day a quote can be accepted, and the terms parameters that fixed it. */
export function quoteExpiry(issueDate: CivilDate, validityDays: number | undefined, ctx: RuleContext) {
  const days = validityDays ?? ctx.terms.parameters.quoteValidityDays;
  const parameters = validityDays === undefined ? { quoteValidityDays: days } : {};
  return { days, expiresOn: periodLastDay(issueDate, { days }), parameters };
}

const RULE = { id: 'quote.validity', article: '3.1' };

export const quoteValidity = defineRule({
  ...RULE,
  title: { fr: 'Validité du devis', en: 'Quote validity' },
  outcomes: ['valid', 'expired'],
  fields: ['expiresOn'],
  factsSchema: z.strictObject({ issueDate: civilDateSchema, validityDays: validityDaysSchema }),
  evaluate(facts, ctx) {
    const { days, expiresOn, parameters } = quoteExpiry(facts.issueDate, facts.validityDays, ctx);
    const valid = ctx.asOf <= expiresOn;
    const explanation = valid
      ? {
          fr: `Devis émis le ${formatDateFr(facts.issueDate)}, valable ${days} jours : il peut être accepté jusqu'au ${formatDateFr(expiresOn)} inclus.`,
          en: `Quote issued on ${formatDateEn(facts.issueDate)}, valid for ${days} days: it can be accepted until ${formatDateEn(expiresOn)} inclusive.`,
        }
      : {
          fr: `Devis émis le ${formatDateFr(facts.issueDate)}, valable ${days} jours : expiré après le ${formatDateFr(expiresOn)}, un nouveau devis est nécessaire.`,
          en: `Quote issued on ${formatDateEn(facts.issueDate)}, valid for ${days} days: expired after ${formatDateEn(expiresOn)}; a new quote is needed.`,
        };
    return decide(RULE, ctx, valid ? 'valid' : 'expired', explanation, parameters, { expiresOn });
  },
});
