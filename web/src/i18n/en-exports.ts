import type { frExports } from './fr-exports.ts';

/** English strings of the accounting exports screen. */
export const enExports: Record<keyof typeof frExports, string> = {
  'nav.exports': 'Accounting exports',
  'exports.title': 'Accounting exports',
  'exports.subtitle':
    'The FEC (fichier des écritures comptables, art. A47 A-1 of the French tax procedure code) of a fiscal year or a period, for the accountant and the tax authorities.',
  'exports.fec': 'Accounting entries file (FEC)',
  'exports.fecHint':
    'Sales journal (invoices, credit notes, debit notes) and bank journal (payments, returned payments): 18 tab-separated columns, balanced entries numbered without gaps per journal, settled invoices lettered. A period without entries gives a file with the header line only. File name: <SIREN>FEC<YYYYMMDD>.txt.',
  'exports.from': 'From',
  'exports.to': 'To (closing date)',
  'exports.download': 'Download the FEC',
  'exports.badDate': 'Expected a date YYYY-MM-DD',
  'exports.toBeforeFrom': 'The end of the period is before its start',
  'exports.accounts': 'Chart of accounts used',
  'exports.accountsHint':
    'French GAAP (PCG) accounts by default; an administrator may change them (PUT /api/accounting/settings). VAT is split by rate (prefix + rate); the VAT of services not on debits waits for payment in 44574.',
  'exports.account.clients': 'Clients (control account, one sub-ledger account per client)',
  'exports.account.salesGoods': 'Sales of goods',
  'exports.account.salesServices': 'Services',
  'exports.account.vatCollected': 'VAT collected (prefix)',
  'exports.account.vatPending': 'VAT on receipts, pending (prefix)',
  'exports.account.lateCharges': 'Late-payment interest and indemnities',
  'exports.account.bank': 'Bank',
};
