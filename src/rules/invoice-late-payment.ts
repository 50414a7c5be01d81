/**
 * art. 10.3 — an invoice not fully paid at its due date bears, without any reminder, interest at
 * the ECB main refinancing rate + 10 points and a EUR 40 recovery indemnity (C. com. L441-10 II,
 * D441-5). Public buyers paying by administrative mandate follow the public procurement regime
 * instead (C. commande publique R2192-31): MRO on the first day of the half-year in which
 * interest started + 8 points, fixed for the whole delay.
 *
 * Reading of the facts (see also late-payment-interest.ts):
 * - a payment dated after asOf has not happened yet as of asOf and is ignored;
 * - a payment before the due date simply lowers the amount that can fall late;
 * - payments beyond the total settle the invoice on the day the total is reached; the excess is a
 *   credit for the accounts, never negative interest;
 * - while unpaid, interest is counted up to and including asOf.
 */
import { z } from 'zod';
import {
  formatDateEn,
  formatDateFr,
  fromEpochDay,
  semesterStart,
  toEpochDay,
  type CivilDate,
} from '../kernel/dates.ts';
import { AppError } from '../kernel/errors.ts';
import { formatEurosEn, formatEurosFr } from '../kernel/money.ts';
import { civilDateSchema, positiveCentsSchema } from '../kernel/schemas.ts';
import { decide } from './decide.ts';
import { invoiceDueDate } from './invoice-due-date.ts';
import { computeLateInterest, NoRateError, type DayPayment } from './late-payment-interest.ts';
import {
  fixedSteps,
  formatRate,
  lateInterestStepsFor,
  parseRate,
  rateAt,
  stepsOfHistory,
  type RateSteps,
} from './rate-steps.ts';
import { defineRule, type RuleContext } from './types.ts';

const RULE = { id: 'invoice.late-payment', article: '10.3' };

const factsSchema = z.strictObject({
  issueDate: civilDateSchema,
  dueDate: civilDateSchema.optional(),
  totalCents: positiveCentsSchema,
  /** Date the funds reached ALLEO (L441-9: funds made available), and amount. */
  payments: z.array(z.strictObject({ date: civilDateSchema, amountCents: positiveCentsSchema })).max(10_000),
  publicBuyer: z.boolean().optional(),
});

interface Regime {
  steps: RateSteps;
  parameters: Record<string, unknown>;
  label: { fr: string; en: string };
}

function noRate(day: number): AppError {
  return new AppError('rule.invalid_facts', {
    errors: [
      {
        path: 'facts.dueDate',
        message: `no ECB rate is known on ${fromEpochDay(day)}`,
        fr: `aucun taux BCE connu au ${formatDateFr(fromEpochDay(day))}`,
      },
    ],
  });
}

/** The rate steps and the parameters of the applicable regime. */
function regimeOf(publicBuyer: boolean, ctx: Pick<RuleContext, 'terms' | 'ecbRates'>, dueDay: number): Regime {
  const p = ctx.terms.parameters;
  if (publicBuyer) {
    const reference = semesterStart(fromEpochDay(dueDay + 1));
    const mro = rateAt(stepsOfHistory(ctx.ecbRates), toEpochDay(reference));
    if (mro === undefined) throw noRate(toEpochDay(reference));
    const rate = mro + parseRate(p.publicBuyerMarginPoints);
    return {
      steps: fixedSteps(dueDay + 1, rate),
      parameters: {
        publicBuyerMarginPoints: p.publicBuyerMarginPoints,
        recoveryIndemnityCents: p.recoveryIndemnityCents,
      },
      label: {
        fr: `acheteur public, R2192-31 : taux BCE au ${formatDateFr(reference)} de ${formatRate(mro).replace('.', ',')} % + ${p.publicBuyerMarginPoints.replace('.', ',')} points = ${formatRate(rate).replace('.', ',')} %, fixe`,
        en: `public buyer, R2192-31: ECB rate on ${formatDateEn(reference)} of ${formatRate(mro)}% + ${p.publicBuyerMarginPoints} points = ${formatRate(rate)}%, fixed`,
      },
    };
  }
  const steps = lateInterestStepsFor(ctx.ecbRates, p);
  const rule =
    p.ecbRateRule === 'semester'
      ? { fr: 'taux en vigueur au début de chaque semestre', en: 'rate in force at the start of each half-year' }
      : { fr: 'dernière opération', en: 'latest operation' };
  const floor = p.applyLegalFloor
    ? { fr: ', au moins 3 × le taux légal', en: ', at least 3 × the legal rate' }
    : { fr: '', en: '' };
  return {
    steps,
    parameters: {
      lateInterestMarginPoints: p.lateInterestMarginPoints,
      ecbRateRule: p.ecbRateRule,
      applyLegalFloor: p.applyLegalFloor,
      recoveryIndemnityCents: p.recoveryIndemnityCents,
    },
    label: {
      fr: `taux BCE + ${p.lateInterestMarginPoints.replace('.', ',')} points, ${rule.fr}${floor.fr}`,
      en: `ECB rate + ${p.lateInterestMarginPoints} points, ${rule.en}${floor.en}`,
    },
  };
}

/**
 * The rate this rule applies on the first day of delay of an invoice due on `dueDate`, with the
 * ECB rate it starts from and the margin: what the invoice must print (L441-9), so that the
 * mention and the computation never disagree. `ratePercent` includes the legal floor when the
 * terms apply it.
 */
export function lateRateOnFirstDay(
  dueDate: CivilDate,
  publicBuyer: boolean,
  ctx: Pick<RuleContext, 'terms' | 'ecbRates'>,
): { ratePercent: string; ecbPercent: string; marginPoints: string } {
  const firstDay = toEpochDay(dueDate) + 1;
  const rate = rateAt(regimeOf(publicBuyer, ctx, firstDay - 1).steps, firstDay);
  const p = ctx.terms.parameters;
  const referenceDay =
    publicBuyer || p.ecbRateRule === 'semester' ? toEpochDay(semesterStart(fromEpochDay(firstDay))) : firstDay;
  const ecb = rateAt(stepsOfHistory(ctx.ecbRates), referenceDay);
  if (rate === undefined || ecb === undefined) throw noRate(firstDay);
  return {
    ratePercent: formatRate(rate),
    ecbPercent: formatRate(ecb),
    marginPoints: publicBuyer ? p.publicBuyerMarginPoints : p.lateInterestMarginPoints,
  };
}

export const invoiceLatePayment = defineRule({
  ...RULE,
  title: { fr: 'Pénalités de retard et indemnité de recouvrement', en: 'Late-payment interest and recovery indemnity' },
  outcomes: ['not-due', 'paid-on-time', 'late', 'paid-late'],
  fields: ['dueDate', 'unpaidCents', 'daysLate', 'interestCents', 'indemnityCents', 'periods'],
  factsSchema,
  check(facts) {
    return facts.dueDate !== undefined && facts.dueDate < facts.issueDate
      ? [{ path: 'dueDate', message: 'must not be before issueDate', fr: 'ne peut pas précéder issueDate' }]
      : [];
  },
  evaluate(facts, ctx) {
    const due =
      facts.dueDate === undefined
        ? invoiceDueDate(facts.issueDate, undefined, ctx)
        : { dueDate: facts.dueDate, parameters: {} };
    const dueDay = toEpochDay(due.dueDate);
    const asOfDay = toEpochDay(ctx.asOf);
    const payments: DayPayment[] = [];
    for (const p of facts.payments)
      if (p.date <= ctx.asOf) payments.push({ day: toEpochDay(p.date), amountCents: p.amountCents });
    payments.sort((a, b) => a.day - b.day);
    const regime = regimeOf(facts.publicBuyer === true, ctx, dueDay);
    let result;
    try {
      result = computeLateInterest({ dueDay, asOfDay, totalCents: facts.totalCents, payments, steps: regime.steps });
    } catch (e) {
      throw e instanceof NoRateError ? noRate(e.day) : e;
    }
    const { settledDay, unpaidCents, interestCents } = result;
    let outcome: 'not-due' | 'paid-on-time' | 'late' | 'paid-late';
    if (settledDay !== null) outcome = settledDay <= dueDay ? 'paid-on-time' : 'paid-late';
    else outcome = asOfDay <= dueDay ? 'not-due' : 'late';
    const daysLate = outcome === 'late' ? asOfDay - dueDay : outcome === 'paid-late' ? settledDay! - dueDay : 0;
    const indemnityCents =
      outcome === 'late' || outcome === 'paid-late' ? ctx.terms.parameters.recoveryIndemnityCents : 0;
    const periods = result.periods.map((p) => ({
      from: fromEpochDay(p.from),
      to: fromEpochDay(p.to),
      days: p.days,
      ratePercent: formatRate(p.rate),
      baseCents: p.baseCents,
      interestCents: p.interestCents,
    }));
    const explanation = explain(outcome, {
      dueDate: due.dueDate,
      settledOn: settledDay === null ? null : fromEpochDay(settledDay),
      asOf: ctx.asOf,
      unpaidCents,
      daysLate,
      interestCents,
      indemnityCents,
      label: regime.label,
    });
    return decide(RULE, ctx, outcome, explanation, Object.assign({}, due.parameters, regime.parameters), {
      dueDate: due.dueDate,
      unpaidCents,
      daysLate,
      interestCents,
      indemnityCents,
      periods,
    });
  },
});

/** "1 jour", "12 jours" (French: singular below 2). */
const daysFr = (days: number) => `${days} jour${days >= 2 ? 's' : ''}`;
/** "1 day", "12 days". */
const daysEn = (days: number) => `${days} day${days === 1 ? '' : 's'}`;

function explain(
  outcome: string,
  v: {
    dueDate: string;
    settledOn: string | null;
    asOf: string;
    unpaidCents: number;
    daysLate: number;
    interestCents: number;
    indemnityCents: number;
    label: { fr: string; en: string };
  },
): { fr: string; en: string } {
  const due = { fr: formatDateFr(v.dueDate), en: formatDateEn(v.dueDate) };
  const charges = {
    fr: `intérêts ${formatEurosFr(v.interestCents)} (${v.label.fr}) et indemnité forfaitaire ${formatEurosFr(v.indemnityCents)}`,
    en: `interest ${formatEurosEn(v.interestCents)} (${v.label.en}) and recovery indemnity ${formatEurosEn(v.indemnityCents)}`,
  };
  switch (outcome) {
    case 'not-due':
      return {
        fr: `Facture non échue (échéance le ${due.fr}) : reste dû ${formatEurosFr(v.unpaidCents)}, aucune pénalité.`,
        en: `Invoice not yet due (due on ${due.en}): ${formatEurosEn(v.unpaidCents)} outstanding, no penalty.`,
      };
    case 'paid-on-time':
      return {
        fr: `Facture soldée le ${formatDateFr(v.settledOn!)}, au plus tard à l'échéance du ${due.fr} : aucune pénalité.`,
        en: `Invoice settled on ${formatDateEn(v.settledOn!)}, no later than its due date ${due.en}: no penalty.`,
      };
    case 'paid-late':
      return {
        fr: `Facture échue le ${due.fr}, soldée le ${formatDateFr(v.settledOn!)} avec ${daysFr(v.daysLate)} de retard : ${charges.fr}.`,
        en: `Invoice due on ${due.en}, settled on ${formatDateEn(v.settledOn!)}, ${daysEn(v.daysLate)} late: ${charges.en}.`,
      };
    default:
      return {
        fr: `Facture échue le ${due.fr}, ${formatEurosFr(v.unpaidCents)} impayés au ${formatDateFr(v.asOf)} (${daysFr(v.daysLate)} de retard) : ${charges.fr}.`,
        en: `Invoice due on ${due.en}, ${formatEurosEn(v.unpaidCents)} unpaid on ${formatDateEn(v.asOf)} (${daysEn(v.daysLate)} late): ${charges.en}.`,
      };
  }
}
