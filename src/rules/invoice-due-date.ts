/**
 * art. 10.1 — invoices are payable net 30 days from their issue date unless the contract says
 * otherwise. A payment on the due date is on time, so the invoice is "due" (overdue) only from
 * the day after.
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr, type CivilDate } from '../kernel/dates.ts';
import { periodLastDay } from '../kernel/periods.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide } from './decide.ts';
import { defineRule, type RuleContext } from './types.ts';

const RULE = { id: 'invoice.due-date', article: '10.1' };

/** Agreed payment term in days, when the contract departs from the terms. */
export const termDaysSchema = z.int().min(0).max(3650).optional();

/** Due date = issue + term days; records paymentTermDays when the terms' value was used. */
export function invoiceDueDate(issueDate: CivilDate, termDays: number | undefined, ctx: RuleContext) {
  const days = termDays ?? ctx.terms.parameters.paymentTermDays;
  return {
    days,
    dueDate: periodLastDay(issueDate, { days }),
    parameters: termDays === undefined ? { paymentTermDays: days } : {},
  };
}

export const invoiceDueDateRule = defineRule({
  ...RULE,
  title: { fr: "Date d'échéance de la facture", en: 'Invoice due date' },
  outcomes: ['not-due', 'due'],
  fields: ['dueDate'],
  factsSchema: z.strictObject({ issueDate: civilDateSchema, termDays: termDaysSchema }),
  evaluate(facts, ctx) {
    const { days, dueDate, parameters } = invoiceDueDate(facts.issueDate, facts.termDays, ctx);
    const due = ctx.asOf > dueDate;
    const explanation = {
      fr: `Facture émise le ${formatDateFr(facts.issueDate)}, payable à ${days} jours : échéance le ${formatDateFr(dueDate)}${due ? ', dépassée.' : '.'}`,
      en: `Invoice issued on ${formatDateEn(facts.issueDate)}, payable in ${days} days: due on ${formatDateEn(dueDate)}${due ? ', now past.' : '.'}`,
    };
    return decide(RULE, ctx, due ? 'due' : 'not-due', explanation, parameters, { dueDate });
  },
});
