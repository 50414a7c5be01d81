/**
 * art. 6.9 — the client confirms intervention dates at least 15 days before them; later, the
 * date proposed by ALLEO is no longer guaranteed. "At least 15 days before" a day T means on or
 * before T − 15 (confirmBy), the reverse reading of the period convention.
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { latestDayBefore } from '../kernel/periods.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide, happenedBy, usedParameters } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'intervention.confirmation', article: '6.9' };

export const interventionConfirmation = defineRule({
  ...RULE,
  title: { fr: "Confirmation de la date d'intervention", en: 'Confirmation of the intervention date' },
  outcomes: ['pending', 'guaranteed', 'not-guaranteed'],
  fields: ['confirmBy'],
  factsSchema: z.strictObject({ interventionDate: civilDateSchema, confirmedOn: civilDateSchema.optional() }),
  evaluate(facts, ctx) {
    const days = ctx.terms.parameters.interventionConfirmationDays;
    const confirmBy = latestDayBefore(facts.interventionDate, days);
    const confirmed = happenedBy(facts.confirmedOn, ctx.asOf);
    const head = {
      fr: `Intervention prévue le ${formatDateFr(facts.interventionDate)}, à confirmer au plus tard le ${formatDateFr(confirmBy)} (${days} jours avant)`,
      en: `Intervention planned on ${formatDateEn(facts.interventionDate)}, to be confirmed by ${formatDateEn(confirmBy)} (${days} days before)`,
    };
    let outcome: string;
    let tail: { fr: string; en: string };
    if (confirmed !== undefined && confirmed <= confirmBy) {
      outcome = 'guaranteed';
      tail = {
        fr: ` : confirmée le ${formatDateFr(confirmed)}, la date est garantie.`,
        en: `: confirmed on ${formatDateEn(confirmed)}, the date is guaranteed.`,
      };
    } else if (confirmed !== undefined) {
      outcome = 'not-guaranteed';
      tail = {
        fr: ` : confirmée tardivement le ${formatDateFr(confirmed)}, la date n'est plus garantie.`,
        en: `: confirmed late on ${formatDateEn(confirmed)}, the date is no longer guaranteed.`,
      };
    } else if (ctx.asOf <= confirmBy) {
      outcome = 'pending';
      tail = { fr: ' : pas encore confirmée.', en: ': not confirmed yet.' };
    } else {
      outcome = 'not-guaranteed';
      tail = {
        fr: " : non confirmée à temps, la date n'est plus garantie.",
        en: ': not confirmed in time, the date is no longer guaranteed.',
      };
    }
    return decide(
      RULE,
      ctx,
      outcome,
      { fr: head.fr + tail.fr, en: head.en + tail.en },
      usedParameters(ctx, ['interventionConfirmationDays']),
      { confirmBy },
    );
  },
});
