/**
 * The fonts: the four standard Helvetica fonts (not embedded) and, for PDF/A documents, the four
 * embedded DejaVu Sans Condensed variants (embedded-fonts.ts); widths by WinAnsi byte, line
 * metrics (Helvetica's for both, so that a document keeps its line grid), and colours.
 */
import { embeddedFont } from './embedded-fonts.ts';
import { HELVETICA_ASCENDER, HELVETICA_DESCENDER, HELVETICA_WIDTHS, type HelveticaFont } from './helvetica-metrics.ts';

/**
 * 0 regular, 1 bold, 2 oblique, 3 bold oblique: the standard Helvetica, font resources /F1…/F4;
 * 4–7 the same variants of the embedded font (/F5…/F8).
 */
export type FontKey = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** True for the keys of the embedded font. */
export function isEmbedded(font: FontKey): boolean {
  return font >= 4;
}

export const FONT_NAMES: readonly HelveticaFont[] = [
  'Helvetica',
  'Helvetica-Bold',
  'Helvetica-Oblique',
  'Helvetica-BoldOblique',
];

export function fontKey(bold: boolean, italics: boolean, embedded = false): FontKey {
  return ((bold ? 1 : 0) + (italics ? 2 : 0) + (embedded ? 4 : 0)) as FontKey;
}

/** Widths in 1/1000 em indexed by byte (0 below 32); the embedded fonts' are loaded on first use. */
const WIDTHS: Array<Float64Array | undefined> = FONT_NAMES.map((name) => {
  const table = new Float64Array(256);
  HELVETICA_WIDTHS[name].forEach((w, i) => (table[i + 32] = w));
  return table;
});

function widthsOf(font: FontKey): Float64Array {
  return (WIDTHS[font] ??= embeddedFont(font - 4).widths);
}

/** Width in points of a WinAnsi byte string. */
export function measure(font: FontKey, size: number, bytes: string): number {
  const widths = widthsOf(font);
  let sum = 0;
  for (let i = 0; i < bytes.length; i++) sum += widths[bytes.charCodeAt(i)]!;
  return (sum * size) / 1000;
}

/** Width in points of one byte. */
export function charWidth(font: FontKey, size: number, byte: number): number {
  return (widthsOf(font)[byte]! * size) / 1000;
}

/** Height of a line at lineHeight 1 (ascender − descender), and the ascender, as fractions of the size. */
export const LINE_HEIGHT_EM = (HELVETICA_ASCENDER - HELVETICA_DESCENDER) / 1000;
export const ASCENDER_EM = HELVETICA_ASCENDER / 1000;

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  gray: '#808080',
  grey: '#808080',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
};

/** A colour as PDF operands, '0.267 0.267 0.267', validated once and cached. */
const colorCache = new Map<string, string>();

export function colorOperands(color: string): string {
  let out = colorCache.get(color);
  if (out !== undefined) return out;
  let hex = NAMED_COLORS[color.toLowerCase()] ?? color;
  if (/^#[0-9a-f]{3}$/i.test(hex)) hex = `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}`;
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`Unknown colour '${color}': use '#rrggbb', '#rgb' or a basic name`);
  const channel = (i: number) => String(Math.round((parseInt(hex.slice(i, i + 2), 16) / 255) * 1000) / 1000);
  out = `${channel(1)} ${channel(3)} ${channel(5)}`;
  colorCache.set(color, out);
  return out;
}
