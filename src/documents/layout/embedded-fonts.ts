/**
 * The embedded fonts of PDF/A documents (ADR 0024): DejaVu Sans Condensed, regular, bold, oblique
 * and bold oblique, from the npm package `dejavu-fonts-ttf` (free licence that allows embedding),
 * parsed and subset with `fontkit` (the font engine of PDFKit). Its widths are within a few per
 * cent of Helvetica's, so a document keeps its layout when it switches to it.
 *
 * The subset is the WinAnsi repertoire the layout engine prints (bytes 32–255: 218 glyphs of
 * 6,253, plus .notdef), made once per process and reused by every document: subsetting per
 * document (only the glyphs used) costs 1.5–3 ms per font, more than the whole render, while the
 * shared subset is 16 KB per font before compression. Same font file → same subset bytes, so
 * documents stay deterministic.
 *
 * Also the sRGB ICC profile of the PDF/A output intent, the one PDFKit ships (`pdfkit` package,
 * js/data/sRGB_IEC61966_2_1.icc).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { fromWinAnsiBytes } from './winansi.ts';

const require = createRequire(import.meta.url);

/** The files of the four variants, in FontKey order (regular, bold, oblique, bold oblique). */
const FILES = [
  'DejaVuSansCondensed.ttf',
  'DejaVuSansCondensed-Bold.ttf',
  'DejaVuSansCondensed-Oblique.ttf',
  'DejaVuSansCondensed-BoldOblique.ttf',
] as const;

export const EMBEDDED_FAMILY = 'DejaVuSansCondensed';

/** One embedded font: what the layout measures and what the writer writes. */
export interface EmbeddedFont {
  /** '/ABCDEF+DejaVuSansCondensed-Bold' without the slash: subset tag + PostScript name. */
  baseFont: string;
  /** Advance widths in 1/1000 em, indexed by WinAnsi byte (0 where the byte prints nothing). */
  widths: Float64Array;
  /** The subset glyph id of each WinAnsi byte (0, .notdef, where the font has none). */
  gids: Uint16Array;
  /** The /W array of the CIDFont: widths by subset glyph id. */
  cidWidths: string;
  /** The TrueType subset (FontFile2), Flate-compressed, and its uncompressed length. */
  fontFile: Uint8Array;
  fontFileLength: number;
  /** The ToUnicode CMap (subset glyph id → Unicode), Flate-compressed. */
  toUnicode: Uint8Array;
  /** Font descriptor entries, in 1/1000 em. */
  descriptor: {
    flags: number;
    bbox: [number, number, number, number];
    italicAngle: number;
    ascent: number;
    descent: number;
    capHeight: number;
    stemV: number;
  };
}

function fontDirectory(): string {
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/** Subset tag: six capital letters derived from the subset's bytes (PDF 32000-1 §9.6.4). */
function subsetTag(bytes: Uint8Array): string {
  const digest = createHash('md5').update(bytes).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return tag;
}

function toUnicodeCMap(unicodeByGid: Map<number, number>): string {
  const entries = [...unicodeByGid.entries()].sort((a, b) => a[0] - b[0]);
  let body = '';
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    body += `${chunk.length} beginbfchar\n${chunk.map(([gid, cp]) => `<${hex4(gid)}> <${hex4(cp)}>`).join('\n')}\nendbfchar\n`;
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${body}endcmap
CMapName currentdict /CMap defineresource pop
end
end
`;
}

type Font = any;

function loadFont(index: number): EmbeddedFont {
  const file = readFileSync(join(fontDirectory(), FILES[index]!));
  const font: Font = fontkit.create(file);
  const scale = 1000 / font.unitsPerEm;
  const subset = font.createSubset();
  const widths = new Float64Array(256);
  const gids = new Uint16Array(256);
  const widthByGid = new Map<number, number>([[0, Math.round(font.getGlyph(0).advanceWidth * scale)]]);
  const unicodeByGid = new Map<number, number>();
  for (let byte = 32; byte < 256; byte++) {
    if (byte === 0x7f || byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d) continue;
    const codePoint = fromWinAnsiBytes(String.fromCharCode(byte)).codePointAt(0)!;
    const glyph = font.glyphForCodePoint(codePoint);
    const width = Math.round(glyph.advanceWidth * scale);
    widths[byte] = width;
    if (glyph.id === 0) continue;
    const gid: number = subset.includeGlyph(glyph);
    gids[byte] = gid;
    widthByGid.set(gid, width);
    if (!unicodeByGid.has(gid)) unicodeByGid.set(gid, codePoint);
  }
  const bytes: Uint8Array = subset.encode();
  const maxGid = Math.max(...widthByGid.keys());
  const list: number[] = [];
  for (let gid = 0; gid <= maxGid; gid++) list.push(widthByGid.get(gid) ?? 0);
  const round = (n: number) => Math.round(n * scale);
  const bold = index === 1 || index === 3;
  const italic = index >= 2;
  return {
    baseFont: `${subsetTag(bytes)}+${String(font.postscriptName)}`,
    widths,
    gids,
    cidWidths: `[0 [${list.join(' ')}]]`,
    fontFile: deflateSync(bytes),
    fontFileLength: bytes.length,
    toUnicode: deflateSync(Buffer.from(toUnicodeCMap(unicodeByGid), 'latin1')),
    descriptor: {
      // Symbolic (4) as for any CIDFont, plus italic (64).
      flags: 4 | (italic ? 64 : 0),
      bbox: [round(font.bbox.minX), round(font.bbox.minY), round(font.bbox.maxX), round(font.bbox.maxY)],
      italicAngle: Math.round(font.italicAngle * 100) / 100,
      ascent: round(font.ascent),
      descent: round(font.descent),
      capHeight: round(font.capHeight),
      stemV: bold ? 120 : 80,
    },
  };
}

const loaded: Array<EmbeddedFont | undefined> = [undefined, undefined, undefined, undefined];

/** The embedded font of variant 0–3 (regular, bold, oblique, bold oblique), loaded once. */
export function embeddedFont(variant: number): EmbeddedFont {
  let font = loaded[variant];
  if (!font) {
    font = loadFont(variant);
    loaded[variant] = font;
  }
  return font;
}

let icc: Uint8Array | undefined;

/** The sRGB IEC 61966-2.1 ICC profile shipped by the pdfkit package. */
export function srgbIccProfile(): Uint8Array {
  icc ??= readFileSync(join(dirname(require.resolve('pdfkit')), 'data', 'sRGB_IEC61966_2_1.icc'));
  return icc;
}
