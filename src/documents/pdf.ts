/**
 * The one place that turns document content into a PDF, with our own layout engine and writer
 * (src/documents/layout, ADR 0009). Documents are deterministic: the metadata dates come from the
 * document's own date and the file /ID is a hash of the file's content, so the same model always
 * gives the same bytes and the same SHA-256 in the evidence log.
 */
import type { CivilDate } from '../kernel/dates.ts';
import {
  EMBEDDED_FAMILY,
  renderDocument,
  srgbIccProfile,
  toWinAnsi,
  type Content,
  type DynamicContent,
  type PdfAttachment,
  type PdfOutputIntent,
  type Style,
} from './layout/index.ts';

// The PDF standard fonts need no file (their widths are in layout/helvetica-metrics.ts), so
// rendering works offline and the PDF stays small. Their encoding is WinAnsi (Latin-1 plus € and
// typographic punctuation), which covers French; any other character prints as '?'.
export { toWinAnsi };
export type { PdfAttachment, PdfOutputIntent };

export interface PdfPage {
  /** Document title for the metadata and the page header from page 2 on: 'Devis n° D-2026-0001'. */
  title: string;
  subject: string;
  author: string;
  /** The document's own date, used as creation and modification date (never the clock). */
  date: CivilDate;
  /** One line printed at the bottom of every page, above the page number. */
  footerLine: string;
  /** The seller's logo (PNG or JPEG bytes), printed at the top left of every page (ADR 0034). */
  logo?: Uint8Array;
}

/** The box the logo is scaled into, in points (width, height), and where it stands. */
export const LOGO_BOX: [number, number] = [150, 40];
const LOGO_TOP = 16;
const TOP_MARGIN = 44;

/** Extras of a PDF file (Factur-X invoices: the XML attached, PDF/A-3 XMP metadata). */
export interface PdfOptions {
  /** Embedded files, listed in /EmbeddedFiles and associated with the document (/AF). */
  attachments?: PdfAttachment[];
  /** A complete XMP packet, stored uncompressed as the catalog's /Metadata. */
  xmp?: string;
  /** An output intent with its ICC profile (PDF/A). */
  outputIntent?: PdfOutputIntent;
  /**
   * A PDF/A document (ADR 0024): text in the embedded DejaVu Sans Condensed instead of the standard
   * Helvetica, and the sRGB output intent (GTS_PDFA1) unless `outputIntent` gives another. The
   * caller gives the XMP that declares the PDF/A part.
   */
  pdfa?: boolean;
}

/** The PDF/A output intent: sRGB IEC 61966-2.1, the colour space of every colour we print. */
export function srgbOutputIntent(): PdfOutputIntent {
  return { identifier: 'sRGB IEC61966-2.1', info: 'sRGB IEC61966-2.1', iccProfile: srgbIccProfile(), components: 3 };
}

/** The logo a document prints: its issuer's, when it has one. */
export const logoOf = (issuer: { logo?: Uint8Array }): { logo?: Uint8Array } =>
  issuer.logo ? { logo: issuer.logo } : {};

export const BASE_FONT_SIZE = 9;

const STYLES: Record<string, Style> = {
  title: { fontSize: 15, bold: true },
  heading: { fontSize: 10, bold: true, margin: [0, 10, 0, 4] },
  small: { fontSize: 7.5, color: '#444444' },
  running: { fontSize: 7, color: '#555555' },
  th: { bold: true, fontSize: 8, fillColor: '#eeeeee' },
  group: { bold: true, italics: true, fontSize: 8 },
};

/** Renders content on A4 pages with a running header, a legal footer and "Page x / n". */
export async function renderPdf(page: PdfPage, content: Content[], options: PdfOptions = {}): Promise<Uint8Array> {
  const at = new Date(`${page.date}T00:00:00Z`);
  const running = `${page.title} (suite)`;
  const logo = page.logo;
  // Without a logo the page is as it always was (documents rendered later stay byte-identical);
  // with one, the content starts below the logo's box and the running title goes to the right.
  const header: DynamicContent = logo
    ? (currentPage) => ({
        margin: [40, LOGO_TOP, 40, 0],
        columns: [
          { image: logo, fit: LOGO_BOX, width: LOGO_BOX[0] },
          currentPage > 1 ? { text: running, style: 'running', alignment: 'right' } : { stack: [] },
        ],
      })
    : (currentPage) => (currentPage > 1 ? { text: running, style: 'running', margin: [40, 20, 40, 0] } : undefined);
  const footer: DynamicContent = (currentPage, pageCount) => ({
    margin: [40, 8, 40, 0],
    stack: [
      { text: page.footerLine, style: 'running', alignment: 'center' },
      { text: `Page ${currentPage} / ${pageCount}`, style: 'running', alignment: 'right' },
    ],
  });
  return renderDocument(
    {
      pageSize: 'A4',
      pageMargins: [40, logo ? LOGO_TOP + LOGO_BOX[1] + 12 : TOP_MARGIN, 40, 56],
      defaultStyle: { font: options.pdfa ? EMBEDDED_FAMILY : 'Helvetica', fontSize: BASE_FONT_SIZE, lineHeight: 1.15 },
      styles: STYLES,
      header,
      footer,
      content,
    },
    {
      title: toWinAnsi(page.title),
      subject: toWinAnsi(page.subject),
      author: toWinAnsi(page.author),
      creator: 'Clausier',
      producer: 'Clausier',
      creationDate: at,
      modDate: at,
    },
    {
      ...(options.attachments ? { attachments: options.attachments } : {}),
      ...(options.xmp !== undefined ? { xmp: options.xmp } : {}),
      ...(options.outputIntent || options.pdfa ? { outputIntent: options.outputIntent ?? srgbOutputIntent() } : {}),
    },
  );
}
