/**
 * art. 4.1.3 — reservations for missing items or visible damage, noted at delivery, must be
 * confirmed in writing to the carrier within 3 jours ouvrables (Monday–Saturday, public holidays
 * excluded) following delivery; otherwise the goods count as delivered in perfect condition.
 * The delivery day is not counted: the deadline is the 3rd jour ouvrable after it.
 */
import { z } from 'zod';
import { addJoursOuvrables } from '../kernel/calendar.ts';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide, happenedBy, usedParameters } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'delivery.reservation-deadline', article: '4.1.3' };

export const deliveryReservationDeadline = defineRule({
  ...RULE,
  title: {
    fr: 'Délai de confirmation des réserves au transporteur',
    en: 'Deadline to confirm reservations to the carrier',
  },
  outcomes: ['pending', 'in-time', 'late', 'deemed-accepted'],
  fields: ['deadline'],
  factsSchema: z.strictObject({ deliveryDate: civilDateSchema, confirmedToCarrierOn: civilDateSchema.optional() }),
  check(facts) {
    return facts.confirmedToCarrierOn !== undefined && facts.confirmedToCarrierOn < facts.deliveryDate
      ? [
          {
            path: 'confirmedToCarrierOn',
            message: 'must not be before deliveryDate',
            fr: 'ne peut pas précéder deliveryDate',
          },
        ]
      : [];
  },
  evaluate(facts, ctx) {
    const n = ctx.terms.parameters.carrierReservationJoursOuvrables;
    const deadline = addJoursOuvrables(facts.deliveryDate, n);
    const confirmed = happenedBy(facts.confirmedToCarrierOn, ctx.asOf);
    const base = {
      fr: `Livraison le ${formatDateFr(facts.deliveryDate)} : réserves à confirmer au transporteur au plus tard le ${formatDateFr(deadline)} (${n} jours ouvrables)`,
      en: `Delivered on ${formatDateEn(facts.deliveryDate)}: reservations to be confirmed to the carrier by ${formatDateEn(deadline)} (${n} jours ouvrables)`,
    };
    let outcome: string;
    let tail: { fr: string; en: string };
    if (confirmed !== undefined) {
      outcome = confirmed <= deadline ? 'in-time' : 'late';
      tail =
        outcome === 'in-time'
          ? {
              fr: `; confirmées le ${formatDateFr(confirmed)}, dans le délai.`,
              en: `; confirmed on ${formatDateEn(confirmed)}, in time.`,
            }
          : {
              fr: `; confirmées le ${formatDateFr(confirmed)}, hors délai.`,
              en: `; confirmed on ${formatDateEn(confirmed)}, too late.`,
            };
    } else if (ctx.asOf <= deadline) {
      outcome = 'pending';
      tail = { fr: ' ; pas encore confirmées.', en: '; not confirmed yet.' };
    } else {
      outcome = 'deemed-accepted';
      tail = {
        fr: ' ; aucune confirmation : les produits sont réputés livrés en parfait état.',
        en: '; no confirmation: the products are deemed delivered in perfect condition.',
      };
    }
    return decide(
      RULE,
      ctx,
      outcome,
      { fr: base.fr + tail.fr, en: base.en + tail.en },
      usedParameters(ctx, ['carrierReservationJoursOuvrables']),
      { deadline },
    );
  },
});
