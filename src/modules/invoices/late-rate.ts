/**
 * The late-interest mention an invoice prints (L441-9: "taux des pénalités exigibles le jour
 * suivant la date de règlement"). The rate is the one rule invoice.late-payment applies on the day
 * after the due date (lateRateOnFirstDay): this file only words it.
 */
import { percentFr } from '../../documents/index.ts';
import { lateRateOnFirstDay } from '../../rules/index.ts';
import type { EcbRate, TermsVersion } from '../../terms/index.ts';

/** '10' → '10 points'. */
const points = (p: string) => `${p.replace('.', ',')} points`;

export interface LateRate {
  ratePercent: string;
  text: string;
}

export function lateRateMention(
  terms: TermsVersion,
  ecbRates: readonly EcbRate[],
  dueDate: string,
  publicBuyer: boolean,
): LateRate {
  const { ratePercent, ecbPercent, marginPoints } = lateRateOnFirstDay(dueDate, publicBuyer, { terms, ecbRates });
  if (publicBuyer) {
    return {
      ratePercent,
      text: `intérêts moratoires au taux de ${percentFr(ratePercent)} (taux BCE de refinancement du semestre, ${percentFr(ecbPercent)}, majoré de ${points(marginPoints)} ; code de la commande publique, art. R2192-31)`,
    };
  }
  const which =
    terms.parameters.ecbRateRule === 'semester'
      ? 'taux de refinancement de la BCE en vigueur au 1er jour du semestre'
      : 'taux de la plus récente opération de refinancement de la BCE';
  // The legal floor (3 × the legal interest rate) may raise the rate above ECB + margin.
  const floor = terms.parameters.applyLegalFloor ? ', et au moins trois fois le taux d\u2019intérêt légal' : '';
  return {
    ratePercent,
    text: `${percentFr(ratePercent)} l'an (${which}, ${percentFr(ecbPercent)}, majoré de ${points(marginPoints)}${floor} ; art. 10.3 des CGV, C. com. L441-10)`,
  };
}
