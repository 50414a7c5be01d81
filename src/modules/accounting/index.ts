/** Accounting exports: the FEC (LPF A47 A-1) of a period, and its chart of accounts. */
export { exportFec, type FecExport } from './export-fec.ts';
export { accountsOf } from './accounting-settings.ts';
export { accountingRoutes } from './accounting.routes.ts';
export { FEC_COLUMNS, DEFAULT_FEC_ACCOUNTS, type FecLine } from './fec.ts';
