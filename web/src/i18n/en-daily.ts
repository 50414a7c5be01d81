import type { frDaily } from './fr-daily.ts';

/** Daily-use strings (issue 17): exactly the keys of fr-daily.ts. */
export const enDaily: Record<keyof typeof frDaily, string> = {
  'common.daysLate': '{count, plural, one {# day late} other {# days late}}',
  'debitNote.preview': 'The debit note will claim, as of {date}:',
  'debitNote.previewTotal': 'Total claimed',
  'debitNote.previewNothing': 'Nothing to claim today on this client’s invoices.',
  'debitNote.previewInvoices': '{count, plural, one {# invoice} other {# invoices}}',
  'search.open': 'Search',
  'search.title': 'Search',
  'search.placeholder': 'Name, SIREN, quote, contract or invoice number',
  'search.nothing': 'No result.',
  'search.kind.client': 'Client',
  'search.kind.quote': 'Quote',
  'search.kind.contract': 'Contract',
  'search.kind.invoice': 'Invoice',
};
