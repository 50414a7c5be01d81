/**
 * art. 10.3, 3rd indent — any delay in payment makes immediately payable all the client's
 * invoices not yet due. An invoice not yet due on asOf (due date on or after asOf) becomes payable
 * from asOf as soon as another invoice of the client is overdue (due before asOf and unpaid); the
 * decision names the oldest overdue invoice as its ground. The late-payment sweep step calls this
 * rule for each invoice it accelerates.
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide } from './decide.ts';
import { invoiceNumberText as num, overdueOn, overdueRef, unpaidInvoiceSchema } from './overdue-invoices.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'invoice.acceleration', article: '10.3' };

export const invoiceAcceleration = defineRule({
  ...RULE,
  title: {
    fr: 'Exigibilité immédiate des factures non échues en cas de retard',
    en: 'Invoices not yet due become payable at once after a delay',
  },
  outcomes: ['accelerated', 'already-due', 'no-overdue-invoice'],
  fields: ['invoiceId', 'invoiceNumber', 'originalDueDate', 'payableFrom', 'overdueInvoice'],
  moduleDecision: { module: 'late-payment' },
  factsSchema: z.strictObject({
    /** The invoice that may become payable at once. */
    invoiceId: z.string().min(1).max(100),
    invoiceNumber: z.string().min(1).max(40).optional(),
    dueDate: civilDateSchema,
    /** The client's other invoices not fully paid on asOf. */
    unpaidInvoices: z.array(unpaidInvoiceSchema).max(10_000),
  }),
  evaluate(facts, ctx) {
    const overdue = overdueOn(facts.unpaidInvoices, ctx.asOf);
    const ground = overdue.reduce<(typeof overdue)[number] | undefined>(
      (oldest, o) => (oldest === undefined || o.dueDate < oldest.dueDate ? o : oldest),
      undefined,
    );
    const target = {
      fr: `Facture ${num(facts.invoiceNumber)} (échéance du ${formatDateFr(facts.dueDate)})`,
      en: `Invoice ${num(facts.invoiceNumber)} (due on ${formatDateEn(facts.dueDate)})`,
    };
    const fields = (payableFrom: string | null) => ({
      invoiceId: facts.invoiceId,
      invoiceNumber: facts.invoiceNumber ?? null,
      originalDueDate: facts.dueDate,
      payableFrom,
      overdueInvoice: ground ? overdueRef(ground) : null,
    });
    if (!ground) {
      const explanation = {
        fr: `${target.fr} : aucune autre facture du client n'est échue et impayée au ${formatDateFr(ctx.asOf)}, elle reste payable à son échéance.`,
        en: `${target.en}: no other invoice of the client is overdue and unpaid on ${formatDateEn(ctx.asOf)}; it stays payable on its due date.`,
      };
      return decide(RULE, ctx, 'no-overdue-invoice', explanation, {}, fields(null));
    }
    if (facts.dueDate < ctx.asOf) {
      const explanation = {
        fr: `${target.fr} déjà échue au ${formatDateFr(ctx.asOf)} : l'exigibilité immédiate ne concerne que les factures non encore échues.`,
        en: `${target.en} already due on ${formatDateEn(ctx.asOf)}: acceleration only concerns invoices not yet due.`,
      };
      return decide(RULE, ctx, 'already-due', explanation, {}, fields(null));
    }
    const explanation = {
      fr: `${target.fr} immédiatement exigible à compter du ${formatDateFr(ctx.asOf)} : la facture ${num(ground.number)}, échue le ${formatDateFr(ground.dueDate)}, reste impayée ; tout retard rend exigibles les factures non encore échues (art. ${RULE.article}).`,
      en: `${target.en} payable at once from ${formatDateEn(ctx.asOf)}: invoice ${num(ground.number)}, due on ${formatDateEn(ground.dueDate)}, is still unpaid; any delay makes the invoices not yet due payable at once (art. ${RULE.article}).`,
    };
    return decide(RULE, ctx, 'accelerated', explanation, {}, fields(ctx.asOf));
  },
});
