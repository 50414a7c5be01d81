/**
 * art. 3.1 — the client accepts a quote by returning it signed, or by a purchase order that
 * expressly refers to it; only an acceptance without reservation, within the validity period,
 * forms the contract (the order acknowledgement of art. 3.2 then follows).
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import type { FieldError } from '../kernel/errors.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide } from './decide.ts';
import { quoteExpiry, validityDaysSchema } from './quote-validity.ts';
import { defineRule } from './types.ts';

type Reason = 'expired' | 'reservations' | 'no-reference';

const REASONS: Record<Reason, { fr: string; en: string }> = {
  expired: { fr: 'le devis avait expiré', en: 'the quote had expired' },
  reservations: { fr: "l'acceptation comporte des réserves", en: 'the acceptance carries reservations' },
  'no-reference': {
    fr: 'le bon de commande ne se réfère pas expressément au devis',
    en: 'the purchase order does not expressly refer to the quote',
  },
};

const RULE = { id: 'quote.acceptance', article: '3.1' };

export const quoteAcceptance = defineRule({
  ...RULE,
  title: { fr: 'Acceptation du devis', en: 'Quote acceptance' },
  outcomes: ['accepted', 'refused'],
  fields: ['reason'],
  factsSchema: z.strictObject({
    issueDate: civilDateSchema,
    validityDays: validityDaysSchema,
    acceptedOn: civilDateSchema,
    method: z.enum(['signed-quote', 'purchase-order']),
    /** Required for a purchase order: does it expressly reference the quote? */
    referencesQuote: z.boolean().optional(),
    withReservations: z.boolean(),
  }),
  check(facts) {
    const errors: FieldError[] = [];
    if (facts.method === 'purchase-order' && facts.referencesQuote === undefined)
      errors.push({
        path: 'referencesQuote',
        message: 'required when method is purchase-order',
        fr: 'obligatoire lorsque method vaut purchase-order',
      });
    if (facts.acceptedOn < facts.issueDate)
      errors.push({
        path: 'acceptedOn',
        message: 'must not be before issueDate',
        fr: 'ne peut pas précéder issueDate',
      });
    return errors;
  },
  evaluate(facts, ctx) {
    const { expiresOn, parameters } = quoteExpiry(facts.issueDate, facts.validityDays, ctx);
    // An expired offer cannot be accepted at all, so expiry is reported before form defects.
    let reason: Reason | null = null;
    if (facts.acceptedOn > expiresOn) reason = 'expired';
    else if (facts.withReservations) reason = 'reservations';
    else if (facts.method === 'purchase-order' && facts.referencesQuote !== true) reason = 'no-reference';
    const how =
      facts.method === 'signed-quote'
        ? { fr: 'devis signé', en: 'signed quote' }
        : { fr: 'bon de commande', en: 'purchase order' };
    const explanation = reason
      ? {
          fr: `Acceptation par ${how.fr} le ${formatDateFr(facts.acceptedOn)} refusée : ${REASONS[reason].fr} (validité jusqu'au ${formatDateFr(expiresOn)}).`,
          en: `Acceptance by ${how.en} on ${formatDateEn(facts.acceptedOn)} refused: ${REASONS[reason].en} (valid until ${formatDateEn(expiresOn)}).`,
        }
      : {
          fr: `Devis accepté sans réserve par ${how.fr} le ${formatDateFr(facts.acceptedOn)}, dans sa validité (jusqu'au ${formatDateFr(expiresOn)}) ; le contrat se forme à l'accusé de réception d'ALLEO.`,
          en: `Quote accepted without reservation by ${how.en} on ${formatDateEn(facts.acceptedOn)}, within its validity (until ${formatDateEn(expiresOn)}); the contract forms with ALLEO's acknowledgement.`,
        };
    return decide(RULE, ctx, reason ? 'refused' : 'accepted', explanation, parameters, { reason });
  },
});
