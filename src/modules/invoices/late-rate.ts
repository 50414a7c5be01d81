/**
 * The late-interest rate an invoice prints (L441-9: "taux des pénalités exigibles le jour suivant
 * la date de règlement"): the one the rule invoice.late-payment would apply on the day after the
 * due date, with how it is built, so the mention and the computation never disagree.
 */
import { addDays } from '../../kernel/dates.ts';
import { MoneyDecimal } from '../../kernel/money.ts';
import { formatPercentFr } from './format-percent.ts';
import { rateOn, semesterRate, type EcbRate, type TermsParameters } from '../../terms/index.ts';

/** '10' → '10 points'. */
const points = (p: string) => `${p.replace('.', ',')} points`;

export interface LateRate {
  ratePercent: string;
  text: string;
}

export function lateRateMention(params: TermsParameters, rates: readonly EcbRate[], dueDate: string, publicBuyer: boolean): LateRate {
  const firstLateDay = addDays(dueDate, 1);
  if (publicBuyer) {
    const mro = semesterRate(rates, firstLateDay) ?? '0';
    const rate = new MoneyDecimal(mro).plus(params.publicBuyerMarginPoints).toString();
    return {
      ratePercent: rate,
      text: `intérêts moratoires au taux de ${formatPercentFr(rate)} (taux BCE de refinancement du semestre, ${formatPercentFr(mro)}, majoré de ${points(params.publicBuyerMarginPoints)} ; code de la commande publique, art. R2192-31)`,
    };
  }
  const mro = (params.ecbRateRule === 'semester' ? semesterRate(rates, firstLateDay) : rateOn(rates, firstLateDay)) ?? '0';
  const rate = new MoneyDecimal(mro).plus(params.lateInterestMarginPoints).toString();
  const which = params.ecbRateRule === 'semester' ? 'taux de refinancement de la BCE en vigueur au 1er jour du semestre' : 'taux de la plus récente opération de refinancement de la BCE';
  return {
    ratePercent: rate,
    text: `${formatPercentFr(rate)} l'an (${which}, ${formatPercentFr(mro)}, majoré de ${points(params.lateInterestMarginPoints)} ; art. 10.3 des CGV, C. com. L441-10)`,
  };
}
