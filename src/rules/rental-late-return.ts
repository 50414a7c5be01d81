/**
 * art. 15.3 — rented products returned late cost an immobilisation indemnity equal to the
 * monthly rent brought down to the days of delay: rent ÷ 30 × days late, rounded once to the
 * cent. Days late count from the day after the return due date up to the return (or asOf).
 */
import { z } from 'zod';
import { daysBetween, formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { formatEurosEn, formatEurosFr, MoneyDecimal, roundCents } from '../kernel/money.ts';
import { centsSchema, civilDateSchema } from '../kernel/schemas.ts';
import { decide, happenedBy, usedParameters } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'rental.late-return', article: '15.3' };

export const rentalLateReturn = defineRule({
  ...RULE,
  title: { fr: 'Restitution tardive du matériel loué', en: 'Late return of rented products' },
  outcomes: ['on-time', 'late', 'returned-late'],
  fields: ['daysLate', 'indemnityCents'],
  factsSchema: z.strictObject({
    returnDueDate: civilDateSchema,
    returnedOn: civilDateSchema.optional(),
    monthlyRentCents: centsSchema,
  }),
  evaluate(facts, ctx) {
    const perMonth = ctx.terms.parameters.lateReturnDaysPerMonth;
    const returnedOn = happenedBy(facts.returnedOn, ctx.asOf);
    const until = returnedOn ?? ctx.asOf;
    const daysLate = Math.max(0, daysBetween(facts.returnDueDate, until));
    const indemnityCents = roundCents(new MoneyDecimal(facts.monthlyRentCents).dividedBy(perMonth).times(daysLate));
    const outcome = daysLate === 0 ? 'on-time' : returnedOn ? 'returned-late' : 'late';
    const due = { fr: formatDateFr(facts.returnDueDate), en: formatDateEn(facts.returnDueDate) };
    const money = `${formatEurosFr(facts.monthlyRentCents)} ÷ ${perMonth} × ${daysLate} = ${formatEurosFr(indemnityCents)}`;
    const moneyEn = `${formatEurosEn(facts.monthlyRentCents)} ÷ ${perMonth} × ${daysLate} = ${formatEurosEn(indemnityCents)}`;
    const explanation =
      outcome === 'on-time'
        ? returnedOn
          ? {
              fr: `Matériel à restituer le ${due.fr}, rendu le ${formatDateFr(returnedOn)} : à temps.`,
              en: `Products due back on ${due.en}, returned on ${formatDateEn(returnedOn)}: on time.`,
            }
          : {
              fr: `Matériel à restituer au plus tard le ${due.fr} : pas encore en retard.`,
              en: `Products due back by ${due.en}: not late yet.`,
            }
        : outcome === 'late'
          ? {
              fr: `Matériel à restituer le ${due.fr}, toujours pas rendu : ${daysLate} jours de retard, indemnité à ce jour ${money}.`,
              en: `Products due back on ${due.en}, still not returned: ${daysLate} days late, indemnity so far ${moneyEn}.`,
            }
          : {
              fr: `Matériel à restituer le ${due.fr}, rendu le ${formatDateFr(until)} : ${daysLate} jours de retard, indemnité ${money}.`,
              en: `Products due back on ${due.en}, returned on ${formatDateEn(until)}: ${daysLate} days late, indemnity ${moneyEn}.`,
            };
    return decide(RULE, ctx, outcome, explanation, usedParameters(ctx, ['lateReturnDaysPerMonth']), {
      daysLate,
      indemnityCents,
    });
  },
});
