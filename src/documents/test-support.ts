/**
 * Reads back the text of a rendered PDF with pdf.js (Mozilla's reader, a dev dependency), so the
 * tests check what a reader shows rather than what the renderer meant to write.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: string[];
  /** All pages, joined by newlines; runs of spaces collapsed. */
  text: string;
  info: Record<string, unknown>;
}

/** Extracts the text of every page (lines kept, spaces normalised). */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js may transfer the buffer it is given (and refuses a Buffer): pass a plain copy.
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      let text = '';
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
      pages.push(
        text
          .replace(/[ \u00a0]+/g, ' ')
          .replace(/ ?\n ?/g, '\n')
          .trim(),
      );
    }
    const { info } = await pdf.getMetadata();
    return { pages, text: pages.join('\n'), info: info as Record<string, unknown> };
  } finally {
    await pdf.destroy();
  }
}

/** The content of an embedded file (Factur-X: 'factur-x.xml') as UTF-8 text, read by pdf.js. */
export async function pdfAttachmentText(bytes: Uint8Array, name: string): Promise<string | undefined> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const files = (await pdf.getAttachments()) as Record<string, { content: Uint8Array }> | null;
    const file = files?.[name];
    return file ? new TextDecoder().decode(file.content) : undefined;
  } finally {
    await pdf.destroy();
  }
}
