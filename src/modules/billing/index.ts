/** Monthly rent billing (CGV art. 10.1; LEGAL.md §6.2): billing runs, the daily sweep step. */
export { billingRoutes } from './billing.routes.ts';
export { rentBillingStep } from './rent-step.ts';
export {
  runRentBilling,
  checkPeriod,
  DEFAULT_BATCH_SIZE,
  type BillingReport,
  type BillingProgress,
  type BillingRunOptions,
} from './run-billing.ts';
export { getBillingRun, listBillingRuns, startBillingRun, settleBillingRuns } from './billing-runs.ts';
export { rentInvoiceFor, periodBounds, proratedCents, isPeriod } from './rent-lines.ts';
