/** The ALLEO terms profile, version 1: the default terms version shipped with Clausier. */
import { ALLEO_V1_ARTICLES } from './alleo-v1-articles.ts';
import type { Article, TermsParameters, TermsVersion } from './types.ts';

/** Parameters of the ALLEO profile (SPEC.md, "Parameters of the ALLEO terms profile"). */
export const ALLEO_V1_PARAMETERS: TermsParameters = {
  quoteValidityDays: 30, // art. 3.1
  carrierReservationJoursOuvrables: 3, // art. 4.1.3
  incoterm: 'EXW', // art. 4.1.1, ICC 2020, ALLEO premises
  interventionConfirmationDays: 15, // art. 6.9
  lateCancellationDays: 7, // art. 6.9
  alleoWorkingWeekdays: [1, 2, 3, 4, 5], // art. 6.9
  alleoWorkingHours: { start: '09:00', end: '18:00' }, // art. 6.9 (the CGV leave the hours to ALLEO)
  incidentReportHours: 48, // art. 7
  paymentTermDays: 30, // art. 10.1
  paymentMethods: ['bank-transfer', 'direct-debit', 'administrative-mandate'], // art. 10.1
  sepaPreNotificationDays: 14, // art. 10.1, EPC SDD rulebook default
  sepaCoreLeadBusinessDays: 1, // D-1 interbank (EPC SDD Core)
  sepaB2bLeadBusinessDays: 1, // D-1 interbank (EPC SDD B2B)
  earlyPaymentDiscount: false, // art. 9.4, 10.1
  lateInterestMarginPoints: '10', // art. 10.3
  // The CGV say "most recent operation", but L441-10 II fixes the rate per half-year for that very
  // formula; the semester rule is the default and an operator may publish 'latest'.
  ecbRateRule: 'semester', // art. 10.3
  // The terms use the statutory formula itself, not a rate fixed "otherwise": no floor applies.
  applyLegalFloor: false, // art. 10.3
  publicBuyerMarginPoints: '8', // art. 10.3 read with C. commande publique R2192-31
  recoveryIndemnityCents: 4000, // art. 10.3; C. com. D441-5
  contestationYears: 1, // art. 11.3
  liabilityCap: 'paid-under-contract', // art. 11.3
  confidentialityYears: 5, // art. 13
  cureDays: 30, // art. 15.2
  lateReturnDaysPerMonth: 30, // art. 15.3
  rentalPeriodStart: 'delivery', // art. 4.2.1, 15.1 (the rental lasts the quoted duration from its delivery)
  forceMajeureTerminationDays: 60, // art. 16.1
  personalDataRetentionYears: 5, // art. 17.2
  nonSolicitationMonths: 12, // art. 18
  nonSolicitationIndemnityMonths: 12, // art. 18
  amicableDays: 30, // art. 21
  court: 'Tribunal de commerce de Mâcon', // art. 21
};

/** ALLEO terms, version 1. */
export const ALLEO_V1: TermsVersion = {
  version: 'ALLEO-1',
  effectiveFrom: '2024-01-01',
  parameters: ALLEO_V1_PARAMETERS,
  articles: ALLEO_V1_ARTICLES,
};

/** The article with that number ('10.3', 'annex'), or undefined. */
export function articleByNumber(terms: TermsVersion, number: string): Article | undefined {
  return terms.articles.find((a) => a.number === number);
}
