/**
 * art. 18 — during the contract and for 12 months after it ends, the client must not hire ALLEO
 * staff who worked on its services; a breach costs 12 months of each person's gross salary.
 * `until` is the last day of the ban (end + 12 months, month-end fallback).
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { formatEurosEn, formatEurosFr } from '../kernel/money.ts';
import { periodLastDay } from '../kernel/periods.ts';
import { centsSchema, civilDateSchema } from '../kernel/schemas.ts';
import { decide, happenedBy, usedParameters } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'non-solicitation', article: '18' };

export const nonSolicitation = defineRule({
  ...RULE,
  title: { fr: 'Non-sollicitation du personnel', en: 'Non-solicitation of staff' },
  outcomes: ['in-force', 'expired'],
  fields: ['until', 'indemnityCents'],
  factsSchema: z.strictObject({
    contractEndedOn: civilDateSchema.optional(),
    monthlyGrossSalaryCents: centsSchema.optional(),
  }),
  evaluate(facts, ctx) {
    const { nonSolicitationMonths: months, nonSolicitationIndemnityMonths: indemnityMonths } = ctx.terms.parameters;
    const until = facts.contractEndedOn ? periodLastDay(facts.contractEndedOn, { months }) : null;
    const indemnityCents =
      facts.monthlyGrossSalaryCents === undefined ? null : facts.monthlyGrossSalaryCents * indemnityMonths;
    const ended = happenedBy(facts.contractEndedOn, ctx.asOf);
    const inForce = ended === undefined || until === null || ctx.asOf <= until;
    const period = until
      ? {
          fr: `interdiction jusqu'au ${formatDateFr(until)} inclus (${months} mois après la fin du contrat)`,
          en: `ban until ${formatDateEn(until)} inclusive (${months} months after the contract ends)`,
        }
      : {
          fr: `interdiction pendant le contrat et ${months} mois après sa fin`,
          en: `ban during the contract and ${months} months after it ends`,
        };
    const money =
      indemnityCents === null
        ? { fr: '', en: '' }
        : {
            fr: ` ; indemnité en cas de manquement : ${indemnityMonths} × salaire = ${formatEurosFr(indemnityCents)}`,
            en: `; indemnity on breach: ${indemnityMonths} × salary = ${formatEurosEn(indemnityCents)}`,
          };
    const explanation = {
      fr: `Non-sollicitation ${inForce ? 'en vigueur' : 'échue'} : ${period.fr}${money.fr}.`,
      en: `Non-solicitation ${inForce ? 'in force' : 'expired'}: ${period.en}${money.en}.`,
    };
    const parameters = usedParameters(
      ctx,
      indemnityCents === null ? ['nonSolicitationMonths'] : ['nonSolicitationMonths', 'nonSolicitationIndemnityMonths'],
    );
    return decide(RULE, ctx, inForce ? 'in-force' : 'expired', explanation, parameters, { until, indemnityCents });
  },
});
