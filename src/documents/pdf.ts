/**
 * The one place that drives pdfmake (ADR 0006). Documents are deterministic: the metadata dates
 * come from the document's own date and pdfkit derives the file /ID from the metadata, so the same
 * model always gives the same bytes and the same SHA-256 in the evidence log.
 */
import pdfmake from 'pdfmake';
import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CivilDate } from '../kernel/dates.ts';

// The PDF standard fonts need no file: pdfkit ships their metrics, so rendering works offline and
// the PDF stays small. Their encoding is WinAnsi (Latin-1 plus € and typographic punctuation),
// which covers French.
const FONT_FILES = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'];
let configured = false;

function configure(): void {
  if (configured) return;
  pdfmake.setFonts({ Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' } });
  // Documents never fetch anything: no URL, and no local file except the standard font names.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => FONT_FILES.includes(file));
  configured = true;
}

// WinAnsi code points above Latin-1's control range (0x80–0x9F slots).
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((c) => c.codePointAt(0)!));
const SPACES = /[\u2000-\u200a\u202f\u205f]/g; // thin, narrow no-break… spaces (Intl uses U+202F)

/** Text a standard font can show: exotic spaces become no-break spaces, the unprintable '?'. */
export function toWinAnsi(text: string): string {
  const spaced = text.replace(SPACES, '\u00a0').replace(/\u2011/g, '-');
  let out = '';
  for (const ch of spaced) {
    const code = ch.codePointAt(0)!;
    const printable = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || code === 0x0a || WIN_ANSI_EXTRA.has(code);
    out += printable ? ch : '?';
  }
  return out;
}

/** Applies toWinAnsi to every string of a content tree (style names and widths are ASCII: unchanged). */
function sanitize<T>(node: T): T {
  if (typeof node === 'string') return toWinAnsi(node) as T;
  if (Array.isArray(node)) return node.map(sanitize) as T;
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = sanitize(value);
    return out as T;
  }
  return node;
}

export interface PdfPage {
  /** Document title for the metadata and the page header from page 2 on: 'Devis n° D-2026-0001'. */
  title: string;
  subject: string;
  author: string;
  /** The document's own date, used as creation and modification date (never the clock). */
  date: CivilDate;
  /** One line printed at the bottom of every page, above the page number. */
  footerLine: string;
}

export const BASE_FONT_SIZE = 9;

/** Renders content on A4 pages with a running header, a legal footer and "Page x / n". */
export async function renderPdf(page: PdfPage, content: Content[]): Promise<Uint8Array> {
  configure();
  const at = new Date(`${page.date}T00:00:00Z`);
  const title = toWinAnsi(page.title);
  const footerLine = toWinAnsi(page.footerLine);
  const header: DynamicContent = (currentPage) =>
    currentPage > 1 ? { text: `${title} (suite)`, style: 'running', margin: [40, 20, 40, 0] } : '';
  const footer: DynamicContent = (currentPage, pageCount) => ({
    margin: [40, 8, 40, 0],
    stack: [
      { text: footerLine, style: 'running', alignment: 'center' },
      { text: `Page ${currentPage} / ${pageCount}`, style: 'running', alignment: 'right' },
    ],
  });
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 44, 40, 56],
    info: { title, subject: toWinAnsi(page.subject), author: toWinAnsi(page.author), creator: 'Clausier', producer: 'Clausier', creationDate: at, modDate: at },
    defaultStyle: { font: 'Helvetica', fontSize: BASE_FONT_SIZE, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 15, bold: true },
      heading: { fontSize: 10, bold: true, margin: [0, 10, 0, 4] },
      small: { fontSize: 7.5, color: '#444444' },
      running: { fontSize: 7, color: '#555555' },
      th: { bold: true, fontSize: 8, fillColor: '#eeeeee' },
      group: { bold: true, italics: true, fontSize: 8 },
    },
    header,
    footer,
    content: sanitize(content),
  };
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  // A copy: a small Buffer may be a view on Node's shared pool, which callers must not see.
  return new Uint8Array(buffer);
}
