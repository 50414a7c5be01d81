/** Quotes (devis, art. 3.1 and 9): drafts, issue, versions, sending, acceptance, expiry. */
export { quotesRoutes, QUOTE_WRITERS } from './quotes.routes.ts';
export { acceptanceRoutes } from './acceptance.routes.ts';
export { quoteValidityStep } from './validity-step.ts';
export { visibleQuote } from './read-quotes.ts';
export { linesOf as quoteLinesOf, type QuoteRow, type QuoteLineRow } from './quotes.repo.ts';
export { eraseAcceptanceIdentity } from './erase-acceptance-identity.ts';
