/**
 * art. 11.3 — a challenge to ALLEO's performance must be reasoned and sent by registered letter
 * with acknowledgement within one year of the alleged failure; otherwise the client waives it.
 * The year ends on the same date one year later (29 February → 28 February).
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { periodLastDay } from '../kernel/periods.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide, usedParameters } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'claim.contestation', article: '11.3' };

export const claimContestation = defineRule({
  ...RULE,
  title: { fr: "Contestation de l'exécution", en: 'Contestation of performance' },
  outcomes: ['in-time', 'out-of-time', 'invalid-form'],
  fields: ['deadline'],
  factsSchema: z.strictObject({
    failureDate: civilDateSchema,
    contestedOn: civilDateSchema,
    byRegisteredLetter: z.boolean(),
  }),
  check(facts) {
    return facts.contestedOn < facts.failureDate
      ? [{ path: 'contestedOn', message: 'must not be before failureDate', fr: 'ne peut pas précéder failureDate' }]
      : [];
  },
  evaluate(facts, ctx) {
    const years = ctx.terms.parameters.contestationYears;
    const deadline = periodLastDay(facts.failureDate, { years });
    // Lateness is final; a wrong form inside the year can still be put right by a registered
    // letter before the deadline, so out-of-time is reported first.
    const outcome =
      facts.contestedOn > deadline ? 'out-of-time' : facts.byRegisteredLetter ? 'in-time' : 'invalid-form';
    const head = {
      fr: `Manquement allégué le ${formatDateFr(facts.failureDate)}, contestation possible jusqu'au ${formatDateFr(deadline)} par lettre recommandée avec AR`,
      en: `Alleged failure on ${formatDateEn(facts.failureDate)}, contestation allowed until ${formatDateEn(deadline)} by registered letter with acknowledgement`,
    };
    const tail = {
      'out-of-time': {
        fr: ` : contestation du ${formatDateFr(facts.contestedOn)} hors délai.`,
        en: `: contestation of ${formatDateEn(facts.contestedOn)} is out of time.`,
      },
      'invalid-form': {
        fr: ` : contestation du ${formatDateFr(facts.contestedOn)} non faite par lettre recommandée, à renouveler avant l'échéance.`,
        en: `: contestation of ${formatDateEn(facts.contestedOn)} was not sent by registered letter; it must be resent before the deadline.`,
      },
      'in-time': {
        fr: ` : contestation du ${formatDateFr(facts.contestedOn)} recevable.`,
        en: `: contestation of ${formatDateEn(facts.contestedOn)} is in time.`,
      },
    }[outcome];
    return decide(
      RULE,
      ctx,
      outcome,
      { fr: head.fr + tail.fr, en: head.en + tail.en },
      usedParameters(ctx, ['contestationYears']),
      { deadline },
    );
  },
});
