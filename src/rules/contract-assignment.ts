/**
 * art. 3.4 and 19.1 — the client may assign the contract only with ALLEO's prior, express written
 * consent; ALLEO may assign it after informing the client beforehand, so an assignment by ALLEO
 * takes effect after the day it is decided (asOf), once the client has the notice. The contracts
 * module calls this rule for every assignment it is asked to record.
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'contract.assignment', article: '19.1' };

export const contractAssignment = defineRule({
  ...RULE,
  title: { fr: 'Cession du contrat', en: 'Assignment of the contract' },
  outcomes: ['allowed', 'refused'],
  fields: ['by', 'assigneeName', 'effectiveOn'],
  moduleDecision: { module: 'contracts' },
  factsSchema: z.strictObject({
    contractNumber: z.string().min(1).max(40),
    /** Who assigns the contract. */
    by: z.enum(['client', 'alleo']),
    assigneeName: z.string().min(1).max(200),
    /** When the assignment takes effect (default: asOf). */
    effectiveOn: civilDateSchema.optional(),
    /** An assignment by the client: ALLEO's prior written consent is produced. */
    writtenConsent: z.boolean().optional(),
  }),
  evaluate(facts, ctx) {
    const { by, assigneeName, contractNumber } = facts;
    const effectiveOn = facts.effectiveOn ?? ctx.asOf;
    const allowed = by === 'client' ? facts.writtenConsent === true : effectiveOn > ctx.asOf;
    const on = { fr: formatDateFr(effectiveOn), en: formatDateEn(effectiveOn) };
    const explanation =
      by === 'client'
        ? allowed
          ? {
              fr: `Cession du contrat ${contractNumber} par le client à ${assigneeName} : accord écrit et préalable d'ALLEO enregistré (art. 3.4 et 19.1).`,
              en: `Assignment of contract ${contractNumber} by the client to ${assigneeName}: ALLEO's prior written consent recorded (art. 3.4 and 19.1).`,
            }
          : {
              fr: `Cession du contrat ${contractNumber} par le client refusée : elle exige l'accord écrit, exprès et préalable d'ALLEO (art. 3.4 et 19.1).`,
              en: `Assignment of contract ${contractNumber} by the client refused: it requires ALLEO's prior, express written consent (art. 3.4 and 19.1).`,
            }
        : allowed
          ? {
              fr: `Cession du contrat ${contractNumber} par ALLEO à ${assigneeName} au ${on.fr}, après information préalable du client (art. 19.1).`,
              en: `Assignment of contract ${contractNumber} by ALLEO to ${assigneeName} on ${on.en}, after informing the client beforehand (art. 19.1).`,
            }
          : {
              fr: `Cession du contrat ${contractNumber} par ALLEO au ${on.fr} refusée : le client doit en être informé préalablement (art. 19.1).`,
              en: `Assignment of contract ${contractNumber} by ALLEO on ${on.en} refused: the client must be informed beforehand (art. 19.1).`,
            };
    return decide(RULE, ctx, allowed ? 'allowed' : 'refused', explanation, {}, { by, assigneeName, effectiveOn });
  },
});
