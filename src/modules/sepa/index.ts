/** SEPA direct debit: mandates, collection runs with pain.008.001.02 files (EPC rules), pre-notifications, returned debits. */
export { generateRun, type Progress } from './generate-run.ts';
export { previewRun, type RunPreview } from './preview-run.ts';
export { getRun, listRuns, markRunSent, runFile } from './runs.ts';
export { sepaDeliveryListener } from './delivery-listener.ts';
export { sepaRoutes } from './sepa.routes.ts';
