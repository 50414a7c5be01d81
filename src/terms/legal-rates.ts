/**
 * Taux de l'intérêt légal for professional creditors ("tous les autres cas"; C. monétaire et
 * financier L313-2), LEGAL.md §2.3: annual before 2015, per half-year since. Used only for the
 * legal floor of late-payment interest (3 × this rate) when a terms version sets applyLegalFloor.
 * The 2026 H2 value was not published when this table was written: the 2026 H1 value carries on
 * until an operator adds it.
 */
import type { EcbRate } from './ecb-rates.ts';

const step = (effectiveFrom: string, ratePercent: string): EcbRate => ({ effectiveFrom, ratePercent });

/** Legal interest rate, professional creditor, as a step series (same shape as ECB rates). */
export const LEGAL_INTEREST_RATES_PROFESSIONAL: readonly EcbRate[] = Object.freeze([
  step('2009-01-01', '3.79'),
  step('2010-01-01', '0.65'),
  step('2011-01-01', '0.38'),
  step('2012-01-01', '0.71'),
  step('2013-01-01', '0.04'),
  step('2014-01-01', '0.04'),
  step('2015-01-01', '0.93'),
  step('2015-07-01', '0.99'),
  step('2016-01-01', '1.01'),
  step('2016-07-01', '0.93'),
  step('2017-01-01', '0.90'),
  step('2017-07-01', '0.90'),
  step('2018-01-01', '0.89'),
  step('2018-07-01', '0.88'),
  step('2019-01-01', '0.86'),
  step('2019-07-01', '0.87'),
  step('2020-01-01', '0.87'),
  step('2020-07-01', '0.84'),
  step('2021-01-01', '0.79'),
  step('2021-07-01', '0.76'),
  step('2022-01-01', '0.76'),
  step('2022-07-01', '0.77'),
  step('2023-01-01', '2.06'),
  step('2023-07-01', '4.22'),
  step('2024-01-01', '5.07'),
  step('2024-07-01', '4.92'),
  step('2025-01-01', '3.71'),
  step('2025-07-01', '2.76'),
  step('2026-01-01', '2.62'),
]);
