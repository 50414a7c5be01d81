/**
 * What several business modules share and none owns alone: the legal document counters
 * (`document_sequences`: quotes, contracts, invoices, debit notes), the parties printed on
 * documents, who a client user may see, uploads of signed documents, sending a document to the
 * client, and the API shapes of lines, decisions and evidence.
 */
export { advanceSeries, formatNumber, lockSeries, nextNumber, takeNumberInto } from './numbering.repo.ts';
export { clientScope } from './client-scope.ts';
export { loadParties, sellerOf, clientIdentity } from './parties.ts';
export { documentLine, documentTotals } from './document-lines.ts';
export { toLineOut, totalsOut } from './line-mapper.ts';
export { UploadedDocument, decodeUpload, UPLOAD_BODY_LIMIT, MAX_UPLOAD_BYTES } from './uploads.ts';
export {
  DecisionBody,
  DecisionOut,
  EvidenceOut,
  QuoteLineOut,
  SendBody,
  SendResultOut,
  TotalsOut,
} from './api-schemas.ts';
export { sendDocumentToClient, type DocumentMail, type DocumentMailResult } from './send-document.ts';
export { timelineOf, evidenceOf } from './timeline.ts';
