/**
 * art. 11.3 — except for wilful misconduct (faute dolosive), ALLEO's liability never exceeds the
 * amount the client paid under the contract concerned. A terms version with liabilityCap 'none'
 * sets no cap.
 */
import { z } from 'zod';
import { formatEurosEn, formatEurosFr } from '../kernel/money.ts';
import { centsSchema } from '../kernel/schemas.ts';
import { decide, usedParameters } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'liability.cap', article: '11.3' };

export const liabilityCap = defineRule({
  ...RULE,
  title: { fr: 'Plafond de responsabilité', en: 'Liability cap' },
  outcomes: ['capped', 'uncapped'],
  fields: ['capCents'],
  factsSchema: z.strictObject({ paidUnderContractCents: centsSchema, wilfulMisconduct: z.boolean() }),
  evaluate(facts, ctx) {
    const parameters = usedParameters(ctx, ['liabilityCap']);
    if (facts.wilfulMisconduct || ctx.terms.parameters.liabilityCap === 'none') {
      const explanation = facts.wilfulMisconduct
        ? {
            fr: 'Faute dolosive : la responsabilité d’ALLEO n’est pas plafonnée.',
            en: 'Wilful misconduct: ALLEO’s liability is not capped.',
          }
        : {
            fr: 'Ces conditions ne prévoient pas de plafond de responsabilité.',
            en: 'These terms set no liability cap.',
          };
      return decide(RULE, ctx, 'uncapped', explanation, parameters, { capCents: null });
    }
    const capCents = facts.paidUnderContractCents;
    const explanation = {
      fr: `Responsabilité d’ALLEO plafonnée au montant payé au titre du contrat : ${formatEurosFr(capCents)} ; dommages indirects exclus.`,
      en: `ALLEO’s liability is capped at the amount paid under the contract: ${formatEurosEn(capCents)}; indirect damage excluded.`,
    };
    return decide(RULE, ctx, 'capped', explanation, parameters, { capCents });
  },
});
