/**
 * Our own layout engine and PDF writer (ADR 0009): a pdfmake-like document definition (types.ts)
 * laid out on pages (engine.ts) and written as a PDF with the standard Helvetica (pdf-writer.ts).
 */
import { layoutDocument } from './engine.ts';
import { writePdf, type PdfInfo, type PdfWriteOptions } from './pdf-writer.ts';
import type { DocumentDefinition } from './types.ts';

export type * from './types.ts';
export { A4, layoutDocument, type LaidOutDocument, type LaidOutPage } from './engine.ts';
export type { DrawItem } from './boxes.ts';
export {
  writePdf,
  type PdfAttachment,
  type PdfInfo,
  type PdfOutputIntent,
  type PdfWriteOptions,
} from './pdf-writer.ts';
export { toWinAnsi } from './winansi.ts';
export { EMBEDDED_FAMILY, srgbIccProfile } from './embedded-fonts.ts';

/** Lays out and writes a document: the PDF's bytes. */
export function renderDocument(definition: DocumentDefinition, info: PdfInfo, options?: PdfWriteOptions): Uint8Array {
  return writePdf(layoutDocument(definition), info, options);
}
