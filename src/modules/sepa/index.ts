/** SEPA direct debit: pain.008.001.02 collection files (EPC rules), from the clients' mandates. */
export { collectionFile, MIN_LEAD_DAYS, type CollectionFile } from './collection-file.ts';
export { sepaRoutes } from './sepa.routes.ts';
