import type { frLists } from './fr-lists.ts';

/** The shared server-paged lists (issue 17): sort, pages, export. */
export const enLists: Record<keyof typeof frLists, string> = {
  'list.sortBy': 'Sort by',
  'list.direction': 'Order',
  'list.asc': 'Ascending',
  'list.desc': 'Descending',
  'list.previous': 'Previous page',
  'list.next': 'Next page',
  'list.page': 'Page {page}',
  'list.export': 'Export the selection:',
  'list.search': 'Search',
  'list.dueFrom': 'Due from',
  'list.dueTo': 'to',
  'list.issuedFrom': 'Issued from',
  'list.issuedTo': 'to',
  'list.clearFilters': 'Clear filters',
  'invoices.sort.created': 'Creation',
  'invoices.sort.number': 'Number',
  'invoices.sort.issueDate': 'Issue date',
  'invoices.sort.dueDate': 'Due date',
  'invoices.sort.client': 'Client',
  'invoices.sort.gross': 'Gross amount',
  'invoices.searchPlaceholder': 'Invoice number or client',
};
