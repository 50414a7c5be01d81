/**
 * A minimal PDF 1.7 writer for laid-out pages: the standard Helvetica fonts (not embedded,
 * WinAnsiEncoding) or the embedded, subset DejaVu Sans Condensed (Type0 / CIDFontType2, Identity-H,
 * with its ToUnicode map: PDF/A, ADR 0024), Flate-compressed content streams, document
 * information, and optionally embedded files (associated files, as Factur-X needs), an XMP
 * metadata packet and an output intent. Deterministic: no clock, and the file /ID is an MD5 of the
 * file's body.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { DrawItem } from './boxes.ts';
import type { LaidOutDocument } from './engine.ts';
import { embeddedFont } from './embedded-fonts.ts';
import { colorOperands, FONT_NAMES, isEmbedded, type FontKey } from './fonts.ts';
import type { PdfImage } from './images.ts';

/** Document information dictionary. Dates are given (never read from the clock). */
export interface PdfInfo {
  title: string;
  subject?: string;
  author?: string;
  creator?: string;
  producer?: string;
  creationDate: Date;
  modDate: Date;
}

/** A file embedded in the PDF and associated with the document (PDF/A-3 "associated file"). */
export interface PdfAttachment {
  /** File name shown by readers: 'factur-x.xml'. */
  name: string;
  /** MIME type: 'text/xml' (written as the stream's /Subtype /text#2Fxml). */
  mediaType: string;
  description?: string;
  /** How the file relates to the document (Factur-X: 'Data', or 'Alternative' / 'Source'). */
  relationship?: 'Data' | 'Alternative' | 'Source' | 'Supplement' | 'Unspecified';
  bytes: Uint8Array;
  /** The file's modification date (never the clock): a Date, or a civil date 'YYYY-MM-DD' (midnight UTC). */
  modDate: Date | string;
}

/** An output intent: the colour space the document's colours are meant in (PDF/A). */
export interface PdfOutputIntent {
  /** 'sRGB IEC61966-2.1'. */
  identifier: string;
  info?: string;
  /** The ICC profile's bytes. */
  iccProfile: Uint8Array;
  /** Colour components of the profile (3 for RGB). */
  components?: number;
  /** /S of the intent, 'GTS_PDFA1' by default. */
  subtype?: string;
}

export interface PdfWriteOptions {
  attachments?: readonly PdfAttachment[];
  /** A complete XMP packet (<?xpacket begin=…?> … <?xpacket end="w"?>), stored uncompressed in the catalog's /Metadata. */
  xmp?: string;
  outputIntent?: PdfOutputIntent;
  /** Flate-compress page content streams (default true). */
  compress?: boolean;
}

/** A number as PDF writes it: at most 2 decimals, no exponent. */
function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A byte string (WinAnsi) as a PDF literal string. */
const NEEDS_ESCAPE = /[\\()\r]/;

function literal(bytes: string): string {
  if (!NEEDS_ESCAPE.test(bytes)) return `(${bytes})`;
  return `(${bytes.replace(/[\\()]/g, '\\$&').replace(/\r/g, '\\r')})`;
}

/** A text string (metadata): a literal when printable ASCII, else UTF-16BE with a byte order mark. */
export function textString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return literal(text);
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** A PDF name: '/text#2Fxml' for 'text/xml'. */
export function pdfName(name: string): string {
  let out = '/';
  for (const byte of Buffer.from(name, 'utf8')) {
    const regular = byte > 0x20 && byte < 0x7f && !'()<>[]{}/%#'.includes(String.fromCharCode(byte));
    out += regular ? String.fromCharCode(byte) : `#${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** D:YYYYMMDDHHmmSSZ (UTC). */
export function pdfDate(date: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `D:${p(date.getUTCFullYear(), 4)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z`;
}

function asDate(value: Date | string): Date {
  const date =
    typeof value === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid date ${String(value)}`);
  return date;
}

/**
 * A WinAnsi byte string shown in an embedded font: the subset glyph ids as a hex string, or, when
 * the line is justified, a TJ array that widens each space (Tw applies to one-byte codes only).
 */
function embeddedShow(font: FontKey, text: string, wordSpacing: number, size: number): string {
  const gids = embeddedFont(font - 4).gids; // < 1024: the subset holds the WinAnsi glyphs
  if (wordSpacing === 0) {
    let hex = '';
    for (let i = 0; i < text.length; i++) hex += HEX4[gids[text.charCodeAt(i)]!];
    return `<${hex}> Tj`;
  }
  const adjust = num((-wordSpacing * 1000) / size);
  let out = '[<';
  for (let i = 0; i < text.length; i++) {
    const byte = text.charCodeAt(i);
    out += HEX4[gids[byte]!];
    if (byte === 32 && i < text.length - 1) out += `> ${adjust} <`;
  }
  return `${out}>] TJ`;
}

const HEX4: readonly string[] = Array.from({ length: 1024 }, (_, i) => i.toString(16).toUpperCase().padStart(4, '0'));

/** The content stream of a page (y flipped: the layout measures from the top). */
function contentStream(
  items: readonly DrawItem[],
  pageHeight: number,
  fontsUsed: Set<FontKey>,
  images: Map<PdfImage, number>,
): string {
  let s = '';
  let inText = false;
  let fill = '';
  let stroke = '';
  let lineWidth = -1;
  let font = -1;
  let size = -1;
  let wordSpacing = 0;
  for (const item of items) {
    if (item.kind === 'text') {
      if (!inText) {
        s += 'BT\n';
        inText = true;
      }
      const color = colorOperands(item.color);
      if (color !== fill) {
        s += `${color} rg\n`;
        fill = color;
      }
      if (item.font !== font || item.size !== size) {
        s += `/F${item.font + 1} ${num(item.size)} Tf\n`;
        font = item.font;
        size = item.size;
        fontsUsed.add(item.font);
      }
      const ws = Math.round(item.wordSpacing * 1000) / 1000;
      if (isEmbedded(item.font)) {
        s += `1 0 0 1 ${num(item.x)} ${num(pageHeight - item.y)} Tm ${embeddedShow(item.font, item.text, ws, item.size)}\n`;
        continue;
      }
      if (ws !== wordSpacing) {
        s += `${ws} Tw\n`;
        wordSpacing = ws;
      }
      s += `1 0 0 1 ${num(item.x)} ${num(pageHeight - item.y)} Tm ${literal(item.text)} Tj\n`;
      continue;
    }
    if (inText) {
      s += 'ET\n';
      inText = false;
    }
    if (item.kind === 'image') {
      // Images are numbered in the order they first appear: /Im1, /Im2…
      let n = images.get(item.image);
      if (n === undefined) images.set(item.image, (n = images.size + 1));
      s += `q ${num(item.width)} 0 0 ${num(item.height)} ${num(item.x)} ${num(pageHeight - item.y - item.height)} cm /Im${n} Do Q\n`;
    } else if (item.kind === 'rect') {
      const color = colorOperands(item.color);
      if (color !== fill) {
        s += `${color} rg\n`;
        fill = color;
      }
      s += `${num(item.x)} ${num(pageHeight - item.y - item.height)} ${num(item.width)} ${num(item.height)} re f\n`;
    } else {
      const color = colorOperands(item.color);
      if (color !== stroke) {
        s += `${color} RG\n`;
        stroke = color;
      }
      if (item.width !== lineWidth) {
        s += `${num(item.width)} w\n`;
        lineWidth = item.width;
      }
      s += `${num(item.x1)} ${num(pageHeight - item.y1)} m ${num(item.x2)} ${num(pageHeight - item.y2)} l S\n`;
    }
  }
  if (inText) s += 'ET\n';
  return s;
}

/** Numbered objects written in order, with the cross-reference table and trailer. */
class ObjectWriter {
  private readonly bodies: Array<string | { dict: string; data: Uint8Array } | undefined> = [];

  reserve(): number {
    this.bodies.push(undefined);
    return this.bodies.length;
  }
  set(id: number, dict: string): void {
    this.bodies[id - 1] = dict;
  }
  setStream(id: number, dict: string, data: Uint8Array): void {
    this.bodies[id - 1] = { dict, data };
  }
  add(dict: string): number {
    const id = this.reserve();
    this.set(id, dict);
    return id;
  }

  finish(trailer: string): Uint8Array {
    // Text between binary streams is gathered into one string (latin1: one char per byte).
    const chunks: Uint8Array[] = [];
    let length = 0;
    let text = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
    const offsets: number[] = [];
    this.bodies.forEach((body, i) => {
      if (body === undefined) throw new Error(`PDF object ${i + 1} reserved but not written`);
      offsets.push(length + text.length);
      if (typeof body === 'string') text += `${i + 1} 0 obj\n${body}\nendobj\n`;
      else {
        text += `${i + 1} 0 obj\n${body.dict}\nstream\n`;
        const head = Buffer.from(text, 'latin1');
        chunks.push(head, body.data);
        length += head.length + body.data.length;
        text = '\nendstream\nendobj\n';
      }
    });
    const head = Buffer.from(text, 'latin1');
    chunks.push(head);
    length += head.length;
    const hash = createHash('md5');
    for (const chunk of chunks) hash.update(chunk);
    const id = hash.digest('hex');
    let xref = `xref\n0 ${this.bodies.length + 1}\n0000000000 65535 f \n`;
    for (const offset of offsets) xref += `${String(offset).padStart(10, '0')} 00000 n \n`;
    const tail = Buffer.from(
      `${xref}trailer\n<< /Size ${this.bodies.length + 1} ${trailer} /ID [<${id}> <${id}>] >>\nstartxref\n${length}\n%%EOF\n`,
      'latin1',
    );
    const out = new Uint8Array(length + tail.length);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    out.set(tail, at);
    return out;
  }
}

const streamDict = (length: number, compressed: boolean, extra = '') =>
  `<<${extra} /Length ${length}${compressed ? ' /Filter /FlateDecode' : ''} >>`;

/** An embedded font as a Type0 font over a CIDFontType2 (the TrueType subset), Identity-H: its id. */
function writeEmbeddedFont(w: ObjectWriter, key: FontKey): number {
  const font = embeddedFont(key - 4);
  const d = font.descriptor;
  const fileId = w.reserve();
  w.setStream(fileId, streamDict(font.fontFile.length, true, ` /Length1 ${font.fontFileLength}`), font.fontFile);
  const descriptorId = w.add(
    `<< /Type /FontDescriptor /FontName /${font.baseFont} /Flags ${d.flags} /FontBBox [${d.bbox.join(' ')}] /ItalicAngle ${d.italicAngle} /Ascent ${d.ascent} /Descent ${d.descent} /CapHeight ${d.capHeight} /StemV ${d.stemV} /FontFile2 ${fileId} 0 R >>`,
  );
  const cidFontId = w.add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${font.baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptorId} 0 R /W ${font.cidWidths} /CIDToGIDMap /Identity >>`,
  );
  const toUnicodeId = w.reserve();
  w.setStream(toUnicodeId, streamDict(font.toUnicode.length, true), font.toUnicode);
  return w.add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /${font.baseFont} /Encoding /Identity-H /DescendantFonts [${cidFontId} 0 R] /ToUnicode ${toUnicodeId} 0 R >>`,
  );
}

/** ICC profiles compressed once (the same profile object serves every PDF/A document). */
const deflatedProfiles = new WeakMap<Uint8Array, Uint8Array>();

/** Writes the laid-out pages as a PDF file. */
export function writePdf(doc: LaidOutDocument, info: PdfInfo, options: PdfWriteOptions = {}): Uint8Array {
  const compress = options.compress ?? true;
  const w = new ObjectWriter();
  const catalogId = w.reserve();
  const pagesId = w.reserve();
  const infoId = w.reserve();
  const fontsUsed = new Set<FontKey>();
  const images = new Map<PdfImage, number>();
  const streams = doc.pages.map((page) =>
    Buffer.from(contentStream(page.items, doc.height, fontsUsed, images), 'latin1'),
  );
  // The fonts the pages use, as /F1 (regular) … /F4 (bold oblique), embedded ones /F5 … /F8.
  const fontRefs: string[] = [];
  FONT_NAMES.forEach((name, i) => {
    if (!fontsUsed.has(i as FontKey)) return;
    const id = w.add(`<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`);
    fontRefs.push(`/F${i + 1} ${id} 0 R`);
  });
  for (const key of [4, 5, 6, 7] as const) {
    if (fontsUsed.has(key)) fontRefs.push(`/F${key + 1} ${writeEmbeddedFont(w, key)} 0 R`);
  }
  // Each image once, whatever the number of pages that show it (the logo is on every page).
  const imageRefs = [...images].map(([image, n]) => {
    const id = w.reserve();
    w.setStream(
      id,
      `<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /${image.colorSpace} /BitsPerComponent 8 /Length ${image.data.length} /Filter /${image.filter} >>`,
      image.data,
    );
    return `/Im${n} ${id} 0 R`;
  });
  const xObjects = imageRefs.length ? ` /XObject << ${imageRefs.join(' ')} >>` : '';
  const resources = `<< /Font << ${fontRefs.join(' ')} >>${xObjects} >>`;
  const pageIds = streams.map((raw) => {
    const data = compress ? deflateSync(raw) : raw;
    const contentId = w.reserve();
    w.setStream(contentId, streamDict(data.length, compress), data);
    return w.add(
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${num(doc.width)} ${num(doc.height)}] /Resources ${resources} /Contents ${contentId} 0 R >>`,
    );
  });
  w.set(pagesId, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);

  const entries = [
    `/Title ${textString(info.title)}`,
    ...(info.subject !== undefined ? [`/Subject ${textString(info.subject)}`] : []),
    ...(info.author !== undefined ? [`/Author ${textString(info.author)}`] : []),
    ...(info.creator !== undefined ? [`/Creator ${textString(info.creator)}`] : []),
    ...(info.producer !== undefined ? [`/Producer ${textString(info.producer)}`] : []),
    `/CreationDate (${pdfDate(info.creationDate)})`,
    `/ModDate (${pdfDate(info.modDate)})`,
  ];
  w.set(infoId, `<< ${entries.join(' ')} >>`);

  let catalog = `/Type /Catalog /Pages ${pagesId} 0 R`;
  const attachments = [...(options.attachments ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (attachments.length) {
    const specs: Array<{ name: string; id: number }> = [];
    for (const file of attachments) {
      const data = deflateSync(file.bytes);
      const checksum = createHash('md5').update(file.bytes).digest('hex');
      const params = `/Params << /Size ${file.bytes.length} /ModDate (${pdfDate(asDate(file.modDate))}) /CheckSum <${checksum}> >>`;
      const streamId = w.reserve();
      w.setStream(
        streamId,
        streamDict(data.length, true, ` /Type /EmbeddedFile /Subtype ${pdfName(file.mediaType)} ${params}`),
        data,
      );
      const description = file.description !== undefined ? ` /Desc ${textString(file.description)}` : '';
      const relationship = file.relationship ?? 'Unspecified';
      const specId = w.add(
        `<< /Type /Filespec /F ${textString(file.name)} /UF ${textString(file.name)}${description} /AFRelationship /${relationship} /EF << /F ${streamId} 0 R /UF ${streamId} 0 R >> >>`,
      );
      specs.push({ name: file.name, id: specId });
    }
    const namesId = w.add(`<< /Names [${specs.map((s) => `${textString(s.name)} ${s.id} 0 R`).join(' ')}] >>`);
    catalog += ` /Names << /EmbeddedFiles ${namesId} 0 R >> /AF [${specs.map((s) => `${s.id} 0 R`).join(' ')}]`;
  }
  if (options.xmp !== undefined) {
    const data = Buffer.from(options.xmp, 'utf8');
    const id = w.reserve();
    w.setStream(id, streamDict(data.length, false, ' /Type /Metadata /Subtype /XML'), data);
    catalog += ` /Metadata ${id} 0 R`;
  }
  if (options.outputIntent) {
    const intent = options.outputIntent;
    let data = deflatedProfiles.get(intent.iccProfile);
    if (!data) deflatedProfiles.set(intent.iccProfile, (data = deflateSync(intent.iccProfile)));
    const id = w.reserve();
    w.setStream(id, streamDict(data.length, true, ` /N ${intent.components ?? 3}`), data);
    const infoEntry = intent.info !== undefined ? ` /Info ${textString(intent.info)}` : '';
    catalog += ` /OutputIntents [<< /Type /OutputIntent /S /${intent.subtype ?? 'GTS_PDFA1'} /OutputConditionIdentifier ${textString(intent.identifier)}${infoEntry} /DestOutputProfile ${id} 0 R >>]`;
  }
  w.set(catalogId, `<< ${catalog} >>`);
  return w.finish(`/Root ${catalogId} 0 R /Info ${infoId} 0 R`);
}
