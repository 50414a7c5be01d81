/** Quotes (devis, art. 3.1 and 9): drafts, issue, versions, sending, acceptance, expiry. */
export { quotesRoutes, QUOTE_WRITERS } from './quotes.routes.ts';
export { acceptanceRoutes, DecisionBody } from './acceptance.routes.ts';
export { quoteValidityStep } from './validity-step.ts';
export { visibleQuote, timelineOf, evidenceOf } from './read-quotes.ts';
export { linesOf as quoteLinesOf, type QuoteRow, type QuoteLineRow } from './quotes.repo.ts';
export { nextNumber } from './numbering.repo.ts';
export { clientScope } from './scope.ts';
export { loadParties, sellerIdentity, clientIdentity } from './parties.ts';
export { documentLine } from './quote-document.ts';
export { priceLines, priceStoredLines, type PricedTotals } from './pricing.ts';
export { UploadedDocument, decodeUpload, UPLOAD_BODY_LIMIT } from './uploads.ts';
export { DecisionOut, EvidenceOut, TotalsOut, QuoteLineOut, SendBody, SendResultOut } from './quotes.schemas.ts';
export { sendDocumentToClient, type DocumentMail, type DocumentMailResult } from './send-document.ts';
export { toLineOut, totalsOut } from './quote-mapper.ts';
