/** Document rendering (French PDFs, deterministic bytes): the only entry other code imports. */
export type {
  DocumentLine,
  DocumentTotals,
  LetterDocument,
  OrderAcknowledgementDocument,
  PartyIdentity,
  QuoteDocument,
  SellerIdentity,
  VatBreakdownLine,
} from './model.ts';
export { renderQuotePdf } from './quote.ts';
export { renderOrderAcknowledgementPdf } from './order-acknowledgement.ts';
export { renderLetterPdf } from './letter.ts';
export { renderInvoicePdf, invoiceTitle } from './invoice.ts';
export type {
  InvoiceDocument,
  InvoiceLine,
  InvoiceKind,
  PaymentMeansKind,
  OperationsNature,
  DebitNoteDocument,
} from './invoice-model.ts';
export { toWinAnsi } from './pdf.ts';
export { percentFr } from './format.ts';
export const PDF_MEDIA_TYPE = 'application/pdf';
export { renderTermsPdf, termsFilename, termsTitle, type TermsDocument } from './terms.ts';
export { checkPrintableImage, type PrintableImage } from './layout/images.ts';
