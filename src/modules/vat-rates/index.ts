/** The dated VAT rate table (art. 9.2: the rate in force on the order date applies). */
export { listVatRates, vatRateInForce, requireVatRateInForce, vatRateTable } from './vat-rate-in-force.ts';
export {
  findRateInForce,
  ratesInForceOn,
  rateOfOrderDate,
  rateAtTaxPoint,
  isInForce,
  type VatRate,
} from '../../kernel/vat-rates-in-force.ts';
export { vatRatesRoutes } from './vat-rates.routes.ts';
export { changeVatRate, type VatRateChange } from './change-vat-rate.ts';
