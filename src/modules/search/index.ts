/** The global search (top bar, Ctrl+K): clients, quotes, contracts and invoices by number, name or SIREN. */
export { searchRoutes } from './search.routes.ts';
