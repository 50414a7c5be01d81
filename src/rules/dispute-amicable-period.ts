/**
 * art. 21 — the parties first try to settle a dispute amicably for 30 days; failing that, the
 * Tribunal de commerce de Mâcon alone has jurisdiction. Period convention: the notification day
 * is not counted, the court may be seized from notice + 31.
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { periodPassedFrom } from '../kernel/periods.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide, usedParameters } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'dispute.amicable-period', article: '21' };

export const disputeAmicablePeriod = defineRule({
  ...RULE,
  title: { fr: 'Règlement amiable des litiges', en: 'Amicable settlement of disputes' },
  outcomes: ['amicable', 'court'],
  fields: ['courtFrom', 'court'],
  factsSchema: z.strictObject({ notifiedOn: civilDateSchema }),
  evaluate(facts, ctx) {
    const { amicableDays: days, court } = ctx.terms.parameters;
    const courtFrom = periodPassedFrom(facts.notifiedOn, { days });
    const amicable = ctx.asOf < courtFrom;
    const explanation = {
      fr: `Litige notifié le ${formatDateFr(facts.notifiedOn)} : ${days} jours de recherche amiable, puis saisine du ${court} possible à partir du ${formatDateFr(courtFrom)}${amicable ? '' : ' (ouverte)'}.`,
      en: `Dispute notified on ${formatDateEn(facts.notifiedOn)}: ${days} days to settle amicably, then the ${court} may be seized from ${formatDateEn(courtFrom)}${amicable ? '' : ' (now open)'}.`,
    };
    return decide(
      RULE,
      ctx,
      amicable ? 'amicable' : 'court',
      explanation,
      usedParameters(ctx, ['amicableDays', 'court']),
      { courtFrom, court },
    );
  },
});
