/** The ECB main refinancing operations rate table: shipped history, CSV import, reads. */
export { ensureShippedRates, loadEcbRates, listEcbRates, importEcbCsv, type ImportReport } from './ecb-rates.ts';
export { ecbRatesRoutes } from './ecb-rates.routes.ts';
