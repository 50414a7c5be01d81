/**
 * The document definition our layout engine understands: a small, pdfmake-like subset (ADR 0009),
 * so that a renderer reads as a description of the page. Write renderers against these types.
 *
 * A document is a tree of `Content` nodes laid out top to bottom in the page's content area:
 *
 * - a string, or `{ text }`: a paragraph. `text` is a string or an array of spans
 *   (`[{ text: 'Objet : ', bold: true }, subject]`); spans inherit the paragraph's style. Lines
 *   wrap at spaces by measured width ('\n' forces a break, a no-break space never breaks, a word
 *   longer than the line is cut); `noWrap: true` keeps each line whole (it may overflow).
 * - `{ stack: [...] }` (or a plain array): children one below the other.
 * - `{ columns: [...], columnGap }`: children side by side; each column's `width` is a number of
 *   points or '*' (an equal share of what the fixed columns and gaps leave; the default).
 * - `{ table: { widths, body, headerRows, dontBreakRows }, layout }`: see `Table`, `TableLayout`.
 *
 * Every node takes a `margin` (points: all sides, [horizontal, vertical] or
 * [left, top, right, bottom]), a `style` (name(s) from the document's `styles`) and the text
 * properties of `Style`, which its descendants inherit (a node's own property wins over its style,
 * which wins over the parent's). Page flow: content continues on the next page when a page is full;
 * a paragraph breaks between lines; `unbreakable: true` moves a whole node to the next page when
 * it does not fit (unless it is taller than a page); `pageBreak: 'before' | 'after'` forces a page
 * break between the children of a stack (not inside columns or table cells). Text is printed in the standard Helvetica (WinAnsi: French letters, €, « », ’, – —);
 * other characters print as '?'.
 */

/** Points: all four sides, [horizontal, vertical], or [left, top, right, bottom]. */
export type Margins = number | [number, number] | [number, number, number, number];

export type Alignment = 'left' | 'right' | 'center' | 'justify';

/** '#rrggbb', '#rgb', or one of black, white, gray/grey, red, green, blue. */
export type Color = string;

/** Text properties: inherited by descendants; a named style may also give a margin and a cell fill. */
export interface Style {
  /**
   * 'Helvetica' (the default, standard font, not embedded) or 'DejaVuSansCondensed' (embedded and
   * subset, for PDF/A): bold and italics choose among the family's four variants.
   */
  font?: string;
  /** Points. */
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: Color;
  alignment?: Alignment;
  /** Line height as a multiple of the font's height (ascender − descender); 1 by default. */
  lineHeight?: number;
  /** Never wrap: each line of the text stays whole. */
  noWrap?: boolean;
  /** Named styles only: the margin of the node that names the style (not inherited). */
  margin?: Margins;
  /** Named styles only: background of a table cell that names the style (not inherited). */
  fillColor?: Color;
}

/** The properties every node accepts. */
export interface ContentBase extends Omit<Style, 'margin' | 'fillColor'> {
  /** Named style(s) of the document's `styles`, applied in order, before the node's own properties. */
  style?: string | string[];
  margin?: Margins;
  /** Moves the node whole to the next page when it does not fit in what is left of the page. */
  unbreakable?: boolean;
  /** Starts a new page before or after the node. */
  pageBreak?: 'before' | 'after';
  /** In `columns`: the column's width, points or '*' (default '*'). */
  width?: number | '*';
}

/** A span of a paragraph: inherits the paragraph's style, may nest spans. */
export interface TextSpan extends Omit<Style, 'margin' | 'fillColor' | 'alignment' | 'lineHeight' | 'noWrap'> {
  text: string | Inline[];
  style?: string | string[];
}

export type Inline = string | TextSpan;

export interface ContentText extends ContentBase {
  text: string | Inline[];
}

export interface ContentStack extends ContentBase {
  stack: Content[];
}

export interface ContentColumns extends ContentBase {
  columns: Content[];
  /** Points between two columns; 0 by default. */
  columnGap?: number;
}

export interface ContentTable extends ContentBase {
  table: Table;
  /** Lines and paddings: an object, or a preset name ('lightHorizontalLines', 'noBorders', 'headerLineOnly'). */
  layout?: TableLayout | TableLayoutName;
}

/** A PNG or JPEG image, scaled to fit in `fit` (points: width, height) keeping its proportions, at the left. */
export interface ContentImage extends ContentBase {
  image: Uint8Array;
  fit: [number, number];
}

/** A node of the document. A plain array is a stack; a string a paragraph. */
export type Content = string | Content[] | ContentText | ContentStack | ContentColumns | ContentTable | ContentImage;

/**
 * A table: `widths` gives each column's content width (points, or '*' for an equal share of
 * what the fixed columns, the paddings and the vertical lines leave). `body` holds the rows; a row
 * has one cell per column, a cell spanning n columns (`colSpan: n`) being followed by n − 1
 * placeholders `{}`. The first `headerRows` rows are repeated at the top of each page the table
 * spans, and never left alone at the bottom of a page. A row that does not fit in what is left of
 * the page moves to the next one when `dontBreakRows` is set; otherwise its cells continue there.
 */
export interface Table {
  widths: Array<number | '*'>;
  body: TableCell[][];
  headerRows?: number;
  dontBreakRows?: boolean;
}

/** A cell: any content, with optionally a background and a column span. */
export type TableCell = (Content & CellProperties) | SpannedCell;

export interface CellProperties {
  /** Columns this cell covers (default 1); the row then holds colSpan − 1 placeholders `{}` after it. */
  colSpan?: number;
  /** Background of the cell, paddings included (else the style's, else the layout's). */
  fillColor?: Color;
}

/** The placeholder `{}` that stands for a column covered by a colSpan cell. */
export type SpannedCell = Record<string, never>;

/** The node a layout function receives, as pdfmake passes it. */
export interface TableNode {
  table: Table;
}

/** A number, or a function of the line / column / row index (0 = before the first). */
export type LayoutValue<T> = T | ((i: number, node: TableNode) => T);

/**
 * Lines and paddings of a table. Horizontal line i is drawn above row i (i = body.length: below
 * the last row); vertical line i left of column i. Defaults (a plain grid): lines 1 pt black,
 * paddings 4 pt left and right, 2 pt top and bottom, no fill.
 */
export interface TableLayout {
  hLineWidth?: LayoutValue<number>;
  vLineWidth?: LayoutValue<number>;
  hLineColor?: LayoutValue<Color>;
  vLineColor?: LayoutValue<Color>;
  /** Column index. */
  paddingLeft?: LayoutValue<number>;
  paddingRight?: LayoutValue<number>;
  /** Row index. */
  paddingTop?: LayoutValue<number>;
  paddingBottom?: LayoutValue<number>;
  /** Background of the cells of row i (column index as third argument); null or undefined: none. */
  fillColor?: Color | ((rowIndex: number, node: TableNode, columnIndex: number) => Color | null | undefined);
}

/**
 * Presets: 'lightHorizontalLines' (a 2 pt black line under the header rows, 1 pt grey lines
 * between rows, none around or between columns, 8 pt between columns and none outside),
 * 'headerLineOnly' (only the line under the header), 'noBorders' (no lines, 4 pt between columns).
 */
export type TableLayoutName = 'lightHorizontalLines' | 'headerLineOnly' | 'noBorders';

/** A4, in points (595.28 × 841.89). */
export type PageSize = 'A4' | { width: number; height: number };

/** What a header or footer function returns for a page: content, or nothing. */
export type DynamicContent = (currentPage: number, pageCount: number) => Content | null | undefined;

/** A whole document for layoutDocument / renderDocument. */
export interface DocumentDefinition {
  pageSize?: PageSize;
  /** The content area's distance to the page edges; the header lives in the top margin, the footer in the bottom one. */
  pageMargins: Margins;
  defaultStyle?: Style;
  styles?: Record<string, Style>;
  /** Laid out at the top of each page, over the page's width (place it with its own margin). */
  header?: DynamicContent;
  /** Laid out at the top of each page's bottom margin, over the page's width. */
  footer?: DynamicContent;
  content: Content | Content[];
}
