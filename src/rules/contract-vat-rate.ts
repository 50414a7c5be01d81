/**
 * art. 9.2 — "La TVA applicable est la TVA en vigueur au jour de passation de la commande, tout
 * changement du taux pourra être répercuté sur le prix." When a line was quoted at a rate that is
 * no longer the rate of its category on the order date, the contract takes the rate of the order
 * date: nets never change, VAT and gross follow. The contracts module finds each line's rate on
 * the order date in the VAT table (vat-rates) and calls this rule when it forms the contract.
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { centsSchema, civilDateSchema, ratePercentSchema } from '../kernel/schemas.ts';
import { decide } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'contract.vat-rate', article: '9.2' };

const pctFr = (rate: string) => `${rate.replace('.', ',')} %`;

export const contractVatRate = defineRule({
  ...RULE,
  title: { fr: 'TVA en vigueur au jour de la commande', en: 'VAT in force on the order date' },
  outcomes: ['rerated', 'unchanged'],
  fields: ['orderDate', 'changes', 'quotedVatCents', 'contractVatCents'],
  moduleDecision: { module: 'contracts' },
  factsSchema: z.strictObject({
    contractNumber: z.string().min(1).max(40),
    orderDate: civilDateSchema,
    /** Each quoted line whose VAT category has another rate on the order date. */
    changes: z
      .array(
        z.strictObject({
          position: z.int().min(1),
          label: z.string().max(10_000),
          category: z.string().max(200),
          fromPercent: ratePercentSchema,
          toPercent: ratePercentSchema,
        }),
      )
      .max(10_000),
    /** VAT of the quote, and of the contract at the rates of the order date. */
    quotedVatCents: centsSchema,
    contractVatCents: centsSchema,
  }),
  evaluate(facts, ctx) {
    const changes = facts.changes.filter((c) => Number(c.fromPercent) !== Number(c.toPercent));
    const fields = {
      orderDate: facts.orderDate,
      changes,
      quotedVatCents: facts.quotedVatCents,
      contractVatCents: facts.contractVatCents,
    };
    const order = { fr: formatDateFr(facts.orderDate), en: formatDateEn(facts.orderDate) };
    if (changes.length === 0) {
      const explanation = {
        fr: `Contrat ${facts.contractNumber} : les taux de TVA du devis sont ceux en vigueur au jour de la commande (${order.fr}) ; rien n'est à répercuter (art. ${RULE.article}).`,
        en: `Contract ${facts.contractNumber}: the VAT rates of the quote are those in force on the order date (${order.en}); nothing to pass on (art. ${RULE.article}).`,
      };
      return decide(RULE, ctx, 'unchanged', explanation, {}, fields);
    }
    const pairs = [...new Set(changes.map((c) => `${c.fromPercent}→${c.toPercent}`))].map(
      (p) => p.split('→') as [string, string],
    );
    const fr = pairs.map(([a, b]) => `${pctFr(a)} → ${pctFr(b)}`).join(', ');
    const en = pairs.map(([a, b]) => `${a} % → ${b} %`).join(', ');
    const explanation = {
      fr: `Contrat ${facts.contractNumber} : la TVA applicable est celle en vigueur au jour de la commande (${order.fr}) ; le changement de taux intervenu depuis le devis est répercuté (${fr}) sur ${changes.length} ligne(s), les prix hors taxes restant inchangés (art. ${RULE.article}).`,
      en: `Contract ${facts.contractNumber}: the VAT that applies is the rate in force on the order date (${order.en}); the change of rate since the quote is passed on (${en}) on ${changes.length} line(s), prices excluding VAT unchanged (art. ${RULE.article}).`,
    };
    return decide(RULE, ctx, 'rerated', explanation, {}, fields);
  },
});
