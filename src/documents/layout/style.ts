/** Style inheritance: defaultStyle < parent < named styles (in order) < the node's own properties. */
import { EMBEDDED_FAMILY } from './embedded-fonts.ts';
import type { Alignment, Margins, Style } from './types.ts';

/** The text properties in force at a node. */
export interface ResolvedStyle {
  /** 'Helvetica' (standard, not embedded) or the embedded 'DejaVuSansCondensed' (PDF/A). */
  readonly font: FontFamily;
  readonly bold: boolean;
  readonly italics: boolean;
  readonly fontSize: number;
  readonly color: string;
  readonly alignment: Alignment;
  readonly lineHeight: number;
  readonly noWrap: boolean;
}

export type FontFamily = 'Helvetica' | typeof EMBEDDED_FAMILY;

export const ROOT_STYLE: ResolvedStyle = {
  font: 'Helvetica',
  bold: false,
  italics: false,
  fontSize: 12,
  color: '#000000',
  alignment: 'left',
  lineHeight: 1,
  noWrap: false,
};

/** The properties a node or span may set (a subset of Style plus the style names). */
interface StyleSource {
  style?: string | string[];
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  alignment?: Alignment;
  lineHeight?: number;
  noWrap?: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function assign(target: Mutable<ResolvedStyle>, source: StyleSource | Style): void {
  if (source.font !== undefined) {
    if (source.font !== 'Helvetica' && source.font !== EMBEDDED_FAMILY)
      throw new Error(`Unknown font '${source.font}': 'Helvetica' or '${EMBEDDED_FAMILY}' (embedded)`);
    target.font = source.font;
  }
  if (source.bold !== undefined) target.bold = source.bold;
  if (source.italics !== undefined) target.italics = source.italics;
  if (source.fontSize !== undefined) target.fontSize = source.fontSize;
  if (source.color !== undefined) target.color = source.color;
  if (source.alignment !== undefined) target.alignment = source.alignment;
  if (source.lineHeight !== undefined) target.lineHeight = source.lineHeight;
  if (source.noWrap !== undefined) target.noWrap = source.noWrap;
}

function touches(node: StyleSource): boolean {
  return (
    node.style !== undefined ||
    node.bold !== undefined ||
    node.italics !== undefined ||
    node.fontSize !== undefined ||
    node.color !== undefined ||
    node.alignment !== undefined ||
    node.lineHeight !== undefined ||
    node.noWrap !== undefined ||
    node.font !== undefined
  );
}

export function styleNames(style: string | string[] | undefined): readonly string[] {
  return style === undefined ? [] : typeof style === 'string' ? [style] : style;
}

function named(styles: Record<string, Style>, name: string): Style {
  const style = styles[name];
  if (!style) throw new Error(`Unknown style '${name}'`);
  return style;
}

/** The style in force at `node` (the parent's object itself when the node changes nothing). */
export function resolveStyle(parent: ResolvedStyle, node: StyleSource, styles: Record<string, Style>): ResolvedStyle {
  if (!touches(node)) return parent;
  const out: Mutable<ResolvedStyle> = { ...parent };
  for (const name of styleNames(node.style)) assign(out, named(styles, name));
  assign(out, node);
  return out;
}

/** The node's margin, else the last of its named styles that gives one. */
export function nodeMargin(
  node: { style?: string | string[]; margin?: Margins },
  styles: Record<string, Style>,
): Margins | undefined {
  if (node.margin !== undefined) return node.margin;
  let margin: Margins | undefined;
  for (const name of styleNames(node.style)) margin = named(styles, name).margin ?? margin;
  return margin;
}

/** The cell's fill colour given by its named styles. */
export function styleFill(node: { style?: string | string[] }, styles: Record<string, Style>): string | undefined {
  let fill: string | undefined;
  for (const name of styleNames(node.style)) fill = named(styles, name).fillColor ?? fill;
  return fill;
}

/** [left, top, right, bottom]. */
export function expandMargins(margin: Margins | undefined): [number, number, number, number] {
  if (margin === undefined) return [0, 0, 0, 0];
  if (typeof margin === 'number') return [margin, margin, margin, margin];
  if (margin.length === 2) return [margin[0], margin[1], margin[0], margin[1]];
  return [margin[0], margin[1], margin[2], margin[3]];
}
