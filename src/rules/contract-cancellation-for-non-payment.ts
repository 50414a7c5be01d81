/**
 * art. 10.3, last indent — any delay in payment allows ALLEO to cancel the orders in progress,
 * without prejudice to any other action. Never automatic: the decision names who took it and why,
 * and is refused while the client has no overdue invoice (due before asOf, unpaid). The
 * late-payment module calls this rule when accounting cancels a contract for non-payment.
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { formatEurosEn, formatEurosFr } from '../kernel/money.ts';
import { centsSchema } from '../kernel/schemas.ts';
import { decide } from './decide.ts';
import { overdueListEn, overdueListFr, overdueOn, overdueRef, unpaidInvoiceSchema } from './overdue-invoices.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'contract.cancellation-for-non-payment', article: '10.3' };

export const contractCancellationForNonPayment = defineRule({
  ...RULE,
  title: {
    fr: 'Annulation des commandes en cours pour défaut de paiement',
    en: 'Cancellation of orders in progress for non-payment',
  },
  outcomes: ['cancelled', 'refused'],
  fields: ['contractId', 'contractNumber', 'reason', 'decidedBy', 'overdueInvoices'],
  moduleDecision: { module: 'late-payment' },
  factsSchema: z.strictObject({
    contractId: z.string().min(1).max(100),
    contractNumber: z.string().min(1).max(40),
    /** The client's invoices not fully paid on asOf, with what remains to pay on each. */
    unpaidInvoices: z.array(unpaidInvoiceSchema.extend({ openCents: centsSchema })).max(10_000),
    /** Who at ALLEO decides, and why. */
    decidedById: z.string().min(1).max(100),
    decidedByName: z.string().min(1).max(200),
    reason: z.string().min(1).max(2000),
  }),
  evaluate(facts, ctx) {
    const overdue = overdueOn(facts.unpaidInvoices, ctx.asOf);
    const article = RULE.article;
    if (overdue.length === 0) {
      const explanation = {
        fr: `Annulation du contrat ${facts.contractNumber} pour défaut de paiement refusée : le client n'a aucune facture échue impayée au ${formatDateFr(ctx.asOf)} (art. ${article}).`,
        en: `Cancellation of contract ${facts.contractNumber} for non-payment refused: the client has no overdue unpaid invoice on ${formatDateEn(ctx.asOf)} (art. ${article}).`,
      };
      return decide(
        RULE,
        ctx,
        'refused',
        explanation,
        {},
        { contractId: facts.contractId, contractNumber: facts.contractNumber },
      );
    }
    const open = overdue.reduce((s, o) => s + o.openCents, 0);
    const by = facts.decidedByName;
    const explanation = {
      fr: `Commande en cours du contrat ${facts.contractNumber} annulée le ${formatDateFr(ctx.asOf)} par ${by} pour défaut de paiement : factures échues impayées ${overdueListFr(overdue)}, ${formatEurosFr(open)} restant dus (art. ${article}, faculté d'annuler les commandes en cours). Motif : ${facts.reason}`,
      en: `Order in progress under contract ${facts.contractNumber} cancelled on ${formatDateEn(ctx.asOf)} by ${by} for non-payment: overdue unpaid invoices ${overdueListEn(overdue)}, ${formatEurosEn(open)} outstanding (art. ${article}, right to cancel orders in progress). Reason: ${facts.reason}`,
    };
    return decide(
      RULE,
      ctx,
      'cancelled',
      explanation,
      {},
      {
        contractId: facts.contractId,
        contractNumber: facts.contractNumber,
        reason: facts.reason,
        decidedBy: { id: facts.decidedById, name: by },
        overdueInvoices: overdue.map((o) => ({ ...overdueRef(o), openCents: o.openCents })),
      },
    );
  },
});
