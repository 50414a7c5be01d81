/**
 * art. 6.9 — cancelling or postponing an intervention for a reason not due to ALLEO: free before
 * the 7 days preceding it, an indemnity at the tariff within those 7 days (T − 7 … T − 1), the
 * whole service price on the day itself (or later).
 */
import { z } from 'zod';
import { addDays, formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { formatEurosEn, formatEurosFr } from '../kernel/money.ts';
import { centsSchema, civilDateSchema } from '../kernel/schemas.ts';
import { decide, usedParameters } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'intervention.cancellation', article: '6.9' };

export const interventionCancellation = defineRule({
  ...RULE,
  title: { fr: "Annulation ou report d'une intervention", en: 'Cancellation or postponement of an intervention' },
  outcomes: ['free', 'indemnity', 'full'],
  fields: ['chargeCents'],
  factsSchema: z.strictObject({
    interventionDate: civilDateSchema,
    cancelledOn: civilDateSchema,
    servicePriceCents: centsSchema,
    /** Indemnity at the contract tariff, charged for a cancellation within the late window. */
    indemnityCents: centsSchema,
  }),
  evaluate(facts, ctx) {
    const days = ctx.terms.parameters.lateCancellationDays;
    const lateFrom = addDays(facts.interventionDate, -days);
    const when = {
      fr: `Intervention du ${formatDateFr(facts.interventionDate)} annulée le ${formatDateFr(facts.cancelledOn)}`,
      en: `Intervention of ${formatDateEn(facts.interventionDate)} cancelled on ${formatDateEn(facts.cancelledOn)}`,
    };
    let outcome: 'free' | 'indemnity' | 'full';
    let chargeCents: number;
    let tail: { fr: string; en: string };
    if (facts.cancelledOn >= facts.interventionDate) {
      outcome = 'full';
      chargeCents = facts.servicePriceCents;
      tail = {
        fr: `, le jour même : prestation facturée en totalité (${formatEurosFr(chargeCents)}).`,
        en: `, on the day itself: the full service is billed (${formatEurosEn(chargeCents)}).`,
      };
    } else if (facts.cancelledOn >= lateFrom) {
      outcome = 'indemnity';
      chargeCents = facts.indemnityCents;
      tail = {
        fr: `, dans les ${days} jours précédents (depuis le ${formatDateFr(lateFrom)}) : indemnité au tarif de ${formatEurosFr(chargeCents)}.`,
        en: `, within the ${days} days before (from ${formatDateEn(lateFrom)}): indemnity at the tariff of ${formatEurosEn(chargeCents)}.`,
      };
    } else {
      outcome = 'free';
      chargeCents = 0;
      tail = {
        fr: `, avant les ${days} jours précédents : sans frais.`,
        en: `, before the ${days} days preceding it: no charge.`,
      };
    }
    return decide(
      RULE,
      ctx,
      outcome,
      { fr: when.fr + tail.fr, en: when.en + tail.en },
      usedParameters(ctx, ['lateCancellationDays']),
      { chargeCents },
    );
  },
});
