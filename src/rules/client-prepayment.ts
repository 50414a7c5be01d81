/**
 * art. 10.3, 4th indent — any delay in payment entails payment, before any delivery, of the
 * orders already accepted. A client with an overdue invoice (due before asOf, unpaid) is put on
 * prepayment; lifting it is refused while such an invoice remains. The late-payment sweep step
 * and the financial-status change of the clients module call this rule.
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { decide } from './decide.ts';
import { overdueListEn, overdueListFr, overdueOn, overdueRef, unpaidInvoiceSchema } from './overdue-invoices.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'client.prepayment', article: '10.3' };

export const clientPrepayment = defineRule({
  ...RULE,
  title: {
    fr: 'Paiement préalable exigé des clients en retard de paiement',
    en: 'Prepayment required from clients late in paying',
  },
  outcomes: ['prepayment-required', 'not-required', 'release-refused', 'release-allowed'],
  fields: ['clientId', 'from', 'to', 'overdueInvoices'],
  moduleDecision: { module: 'late-payment' },
  factsSchema: z.strictObject({
    clientId: z.string().min(1).max(100),
    legalName: z.string().min(1).max(200),
    financialStatus: z.enum(['normal', 'watch', 'prepayment-required']),
    /** The client's invoices not fully paid on asOf. */
    unpaidInvoices: z.array(unpaidInvoiceSchema).max(10_000),
    /** Accounting asks to lift the prepayment (default: the sweep asks whether to require it). */
    releaseRequested: z.boolean().optional(),
  }),
  evaluate(facts, ctx) {
    const overdue = overdueOn(facts.unpaidInvoices, ctx.asOf);
    const overdueInvoices = overdue.map(overdueRef);
    const name = facts.legalName;
    const article = RULE.article;
    if (facts.releaseRequested === true) {
      if (overdue.length === 0) {
        const explanation = {
          fr: `${name} n'a plus de facture échue impayée au ${formatDateFr(ctx.asOf)} : le paiement préalable avant livraison peut être levé (art. ${article}).`,
          en: `${name} has no overdue unpaid invoice left on ${formatDateEn(ctx.asOf)}: payment before delivery may be lifted (art. ${article}).`,
        };
        return decide(RULE, ctx, 'release-allowed', explanation, {}, { clientId: facts.clientId, overdueInvoices });
      }
      const explanation = {
        fr: `${name} a encore des factures échues impayées (${overdueListFr(overdue)}) : le paiement préalable avant livraison reste exigé tant qu'elles ne sont pas réglées (art. ${article}).`,
        en: `${name} still has overdue unpaid invoices (${overdueListEn(overdue)}): payment before delivery stays required until they are paid (art. ${article}).`,
      };
      return decide(RULE, ctx, 'release-refused', explanation, {}, { clientId: facts.clientId, overdueInvoices });
    }
    if (overdue.length === 0) {
      const explanation = {
        fr: `${name} n'a aucune facture échue impayée au ${formatDateFr(ctx.asOf)} : pas de paiement préalable exigé au titre du retard (art. ${article}).`,
        en: `${name} has no overdue unpaid invoice on ${formatDateEn(ctx.asOf)}: no prepayment required for late payment (art. ${article}).`,
      };
      return decide(RULE, ctx, 'not-required', explanation, {}, { clientId: facts.clientId, overdueInvoices });
    }
    const explanation = {
      fr: `${name} : paiement préalable exigé avant toute livraison des commandes déjà acceptées, à compter du ${formatDateFr(ctx.asOf)}, en raison de factures échues impayées : ${overdueListFr(overdue)} (art. ${article}).`,
      en: `${name}: payment required before any delivery of orders already accepted, from ${formatDateEn(ctx.asOf)}, because of overdue unpaid invoices: ${overdueListEn(overdue)} (art. ${article}).`,
    };
    return decide(
      RULE,
      ctx,
      'prepayment-required',
      explanation,
      {},
      { clientId: facts.clientId, from: facts.financialStatus, to: 'prepayment-required', overdueInvoices },
    );
  },
});
