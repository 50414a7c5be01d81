/** Invoices and credit notes (CGV art. 9, 10): drafts, gapless issue, Factur-X PDFs. */
export { invoicesRoutes, INVOICE_WRITERS } from './invoices.routes.ts';
export { draftForContractEvent, insertDraftInvoice } from './invoice-drafts.ts';
export {
  issueWithin,
  issueContext,
  renderIssuedInvoice,
  SERIES,
  NUMBER_DIGITS,
  type IssueContext,
} from './issue-invoice.ts';
export { priceInvoice, natureOfLines, type LineDraft } from './invoice-lines.ts';
export { issueBatchWithin, type BulkInvoice, type BulkIssueContext, type BulkIssueResult } from './bulk-issue.ts';
export { openCents, paymentState, toInvoiceSummary } from './invoice-mapper.ts';
export { visibleInvoice, invoicePdf, renderPendingInvoices } from './read-invoices.ts';
export { InvoiceSummary } from './invoices.schemas.ts';
export { lateRateMention } from './late-rate.ts';
export * as invoicesRepo from './invoices.repo.ts';
export { settleIfCovered, addPaid, removePaid, addClaimed, insertAllocations } from './invoices.repo.ts';
export { markAccelerated, markFinal, storeLateFigures, type LateFigures } from './late-figures.repo.ts';
export { createFromContract } from './create-from-contract.ts';
export { createCreditNote, createCreditNoteWithin } from './credit-notes.ts';
