/**
 * art. 15.2 — after a formal notice by registered letter has stayed without effect for 30 days,
 * the injured party may terminate. Period convention: the notice day is not counted, the breach
 * may be cured up to notice + 30, termination is open from notice + 31. A breach that cannot be
 * cured allows termination without notice (terminableFrom = the notice date itself).
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { periodLastDay, periodPassedFrom } from '../kernel/periods.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide, happenedBy, usedParameters } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'termination.formal-notice', article: '15.2' };

export const terminationFormalNotice = defineRule({
  ...RULE,
  title: { fr: 'Mise en demeure et résolution', en: 'Formal notice and termination' },
  outcomes: ['cure-period', 'terminable', 'cured'],
  fields: ['terminableFrom'],
  factsSchema: z.strictObject({
    noticeReceivedOn: civilDateSchema,
    curedOn: civilDateSchema.optional(),
    curable: z.boolean().optional(),
  }),
  check(facts) {
    return facts.curedOn !== undefined && facts.curedOn < facts.noticeReceivedOn
      ? [
          {
            path: 'curedOn',
            message: 'must not be before noticeReceivedOn',
            fr: 'ne peut pas précéder noticeReceivedOn',
          },
        ]
      : [];
  },
  evaluate(facts, ctx) {
    const cureDays = ctx.terms.parameters.cureDays;
    const notice = { fr: formatDateFr(facts.noticeReceivedOn), en: formatDateEn(facts.noticeReceivedOn) };
    if (facts.curable === false) {
      const terminableFrom = facts.noticeReceivedOn;
      const outcome = ctx.asOf >= terminableFrom ? 'terminable' : 'cure-period';
      const explanation = {
        fr: `Manquement impossible à réparer : résolution possible sans délai de mise en demeure, à compter du ${notice.fr}.`,
        en: `Breach that cannot be remedied: termination possible without a cure period, from ${notice.en}.`,
      };
      return decide(RULE, ctx, outcome, explanation, {}, { terminableFrom });
    }
    const cureEnds = periodLastDay(facts.noticeReceivedOn, { days: cureDays });
    const terminableFrom = periodPassedFrom(facts.noticeReceivedOn, { days: cureDays });
    const curedOn = happenedBy(facts.curedOn, ctx.asOf);
    let outcome: string;
    let tail: { fr: string; en: string };
    if (curedOn !== undefined && curedOn <= cureEnds) {
      outcome = 'cured';
      tail = {
        fr: `; manquement réparé le ${formatDateFr(curedOn)}, dans le délai : pas de résolution.`,
        en: `; breach remedied on ${formatDateEn(curedOn)}, in time: no termination.`,
      };
    } else if (ctx.asOf >= terminableFrom) {
      outcome = 'terminable';
      tail = curedOn
        ? {
            fr: `; réparation tardive le ${formatDateFr(curedOn)} : la résolution reste ouverte depuis le ${formatDateFr(terminableFrom)}.`,
            en: `; late remedy on ${formatDateEn(curedOn)}: termination remains open since ${formatDateEn(terminableFrom)}.`,
          }
        : {
            fr: `; mise en demeure restée sans effet : résolution possible depuis le ${formatDateFr(terminableFrom)}.`,
            en: `; notice unheeded: termination possible since ${formatDateEn(terminableFrom)}.`,
          };
    } else {
      outcome = 'cure-period';
      tail = {
        fr: `; délai pour réparer jusqu'au ${formatDateFr(cureEnds)}, résolution possible à partir du ${formatDateFr(terminableFrom)}.`,
        en: `; time to remedy until ${formatDateEn(cureEnds)}, termination possible from ${formatDateEn(terminableFrom)}.`,
      };
    }
    const head = {
      fr: `Mise en demeure reçue le ${notice.fr} (${cureDays} jours)`,
      en: `Formal notice received on ${notice.en} (${cureDays} days)`,
    };
    return decide(
      RULE,
      ctx,
      outcome,
      { fr: head.fr + tail.fr, en: head.en + tail.en },
      usedParameters(ctx, ['cureDays']),
      { terminableFrom },
    );
  },
});
