/**
 * art. 17.2 — the client's personal data is kept no longer than needed, and at most 5 years
 * from the end of the commercial relationship. retainUntil is the last day it may be kept; from
 * the next day it must be erased or anonymised.
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { periodLastDay } from '../kernel/periods.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide, happenedBy, usedParameters } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'personal-data.retention', article: '17.2' };

export const personalDataRetention = defineRule({
  ...RULE,
  title: { fr: 'Conservation des données personnelles', en: 'Personal data retention' },
  outcomes: ['active', 'retain', 'erase'],
  fields: ['retainUntil'],
  factsSchema: z.strictObject({ relationshipEndedOn: civilDateSchema.optional() }),
  evaluate(facts, ctx) {
    const years = ctx.terms.parameters.personalDataRetentionYears;
    const parameters = usedParameters(ctx, ['personalDataRetentionYears']);
    const endedOn = happenedBy(facts.relationshipEndedOn, ctx.asOf);
    const retainUntil = facts.relationshipEndedOn ? periodLastDay(facts.relationshipEndedOn, { years }) : null;
    if (endedOn === undefined || retainUntil === null) {
      const explanation = {
        fr: `Relation commerciale en cours : les données sont conservées${retainUntil ? ` ; fin prévue, conservation jusqu'au ${formatDateFr(retainUntil)}` : ''}.`,
        en: `Business relationship ongoing: the data is kept${retainUntil ? `; planned end, retention until ${formatDateEn(retainUntil)}` : ''}.`,
      };
      return decide(RULE, ctx, 'active', explanation, parameters, { retainUntil });
    }
    const retain = ctx.asOf <= retainUntil;
    const explanation = retain
      ? {
          fr: `Relation terminée le ${formatDateFr(endedOn)} : données conservées au plus tard jusqu'au ${formatDateFr(retainUntil)} (${years} ans).`,
          en: `Relationship ended on ${formatDateEn(endedOn)}: data kept at most until ${formatDateEn(retainUntil)} (${years} years).`,
        }
      : {
          fr: `Relation terminée le ${formatDateFr(endedOn)} : durée de ${years} ans échue le ${formatDateFr(retainUntil)}, données à effacer ou anonymiser.`,
          en: `Relationship ended on ${formatDateEn(endedOn)}: the ${years}-year period ended on ${formatDateEn(retainUntil)}; erase or anonymise the data.`,
        };
    return decide(RULE, ctx, retain ? 'retain' : 'erase', explanation, parameters, { retainUntil });
  },
});
