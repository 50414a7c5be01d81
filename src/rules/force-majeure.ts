/**
 * art. 16.1 — force majeure suspends the parties' obligations; when it lasts more than 60 days,
 * either party may terminate without indemnity. Period convention: the start day is not counted,
 * 60 days run to start + 60, termination is open from start + 61.
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { periodPassedFrom } from '../kernel/periods.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide, happenedBy, usedParameters } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'force-majeure', article: '16.1' };

export const forceMajeure = defineRule({
  ...RULE,
  title: { fr: 'Force majeure', en: 'Force majeure' },
  outcomes: ['suspended', 'terminable', 'ended'],
  fields: ['terminableFrom'],
  factsSchema: z.strictObject({ startDate: civilDateSchema, endDate: civilDateSchema.optional() }),
  check(facts) {
    return facts.endDate !== undefined && facts.endDate < facts.startDate
      ? [{ path: 'endDate', message: 'must not be before startDate', fr: 'ne peut pas précéder startDate' }]
      : [];
  },
  evaluate(facts, ctx) {
    const days = ctx.terms.parameters.forceMajeureTerminationDays;
    const terminableFrom = periodPassedFrom(facts.startDate, { days });
    const ended = happenedBy(facts.endDate, ctx.asOf);
    const head = {
      fr: `Force majeure depuis le ${formatDateFr(facts.startDate)}`,
      en: `Force majeure since ${formatDateEn(facts.startDate)}`,
    };
    let outcome: string;
    let tail: { fr: string; en: string };
    if (ended !== undefined) {
      // Once the event is over, obligations resume; a termination right acquired while it lasted
      // is stated in the explanation, the outcome reports the state.
      outcome = 'ended';
      tail =
        ended >= terminableFrom
          ? {
              fr: `, terminée le ${formatDateFr(ended)} après plus de ${days} jours (résiliation ouverte depuis le ${formatDateFr(terminableFrom)}).`,
              en: `, ended on ${formatDateEn(ended)} after more than ${days} days (termination open since ${formatDateEn(terminableFrom)}).`,
            }
          : {
              fr: `, terminée le ${formatDateFr(ended)} : les obligations reprennent.`,
              en: `, ended on ${formatDateEn(ended)}: obligations resume.`,
            };
    } else if (ctx.asOf >= terminableFrom) {
      outcome = 'terminable';
      tail = {
        fr: ` : plus de ${days} jours, chaque partie peut résilier sans indemnité depuis le ${formatDateFr(terminableFrom)}.`,
        en: `: more than ${days} days, either party may terminate without indemnity since ${formatDateEn(terminableFrom)}.`,
      };
    } else {
      outcome = 'suspended';
      tail = {
        fr: ` : obligations suspendues, résiliation possible à partir du ${formatDateFr(terminableFrom)}.`,
        en: `: obligations suspended, termination possible from ${formatDateEn(terminableFrom)}.`,
      };
    }
    return decide(
      RULE,
      ctx,
      outcome,
      { fr: head.fr + tail.fr, en: head.en + tail.en },
      usedParameters(ctx, ['forceMajeureTerminationDays']),
      { terminableFrom },
    );
  },
});
