/**
 * Tables: columns of fixed or shared ('*') widths, lines and paddings from a layout (object or
 * preset), header rows repeated on each page, rows kept whole or continued on the next page.
 */
import { EMPTY, EPSILON, type Block, type DrawItem } from './boxes.ts';
import { styleFill, type ResolvedStyle } from './style.ts';
import type {
  Content,
  LayoutValue,
  Style,
  Table,
  TableCell,
  TableLayout,
  TableLayoutName,
  TableNode,
} from './types.ts';

/** What a table needs from the engine: laying out a cell's content in a width. */
export interface CellLayouter {
  layout(node: Content, width: number, style: ResolvedStyle): Block;
  styles: Record<string, Style>;
}

type Fn<T> = (i: number, node: TableNode) => T;

const DEFAULT_LAYOUT: Required<Omit<TableLayout, 'fillColor'>> = {
  hLineWidth: 1,
  vLineWidth: 1,
  hLineColor: '#000000',
  vLineColor: '#000000',
  paddingLeft: 4,
  paddingRight: 4,
  paddingTop: 2,
  paddingBottom: 2,
};

/** No outer lines; a 2 pt line under the header rows and 1 pt ones between rows (black under row 0, grey below). */
const PRESETS: Record<TableLayoutName, TableLayout> = {
  lightHorizontalLines: {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === (node.table.headerRows ?? 0) ? 2 : 1),
    vLineWidth: 0,
    hLineColor: (i) => (i === 1 ? '#000000' : '#aaaaaa'),
    paddingLeft: (i) => (i === 0 ? 0 : 8),
    paddingRight: (i, node) => (i === node.table.widths.length - 1 ? 0 : 8),
  },
  headerLineOnly: {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === (node.table.headerRows ?? 0) ? 2 : 0),
    vLineWidth: 0,
    paddingLeft: (i) => (i === 0 ? 0 : 8),
    paddingRight: (i, node) => (i === node.table.widths.length - 1 ? 0 : 8),
  },
  noBorders: {
    hLineWidth: 0,
    vLineWidth: 0,
    paddingLeft: (i) => (i === 0 ? 0 : 4),
    paddingRight: (i, node) => (i < node.table.widths.length - 1 ? 4 : 0),
  },
};

function asFn<T>(value: LayoutValue<T> | undefined, fallback: LayoutValue<T>): Fn<T> {
  const v = value ?? fallback;
  return typeof v === 'function' ? (v as Fn<T>) : () => v;
}

/** Column positions and the layout's functions, shared by every part of a table. */
class Geometry {
  readonly node: TableNode;
  readonly headerRows: number;
  readonly dontBreakRows: boolean;
  readonly width: number;
  /** Outer start (before the left padding) and outer width of each column. */
  readonly colStart: number[] = [];
  readonly colOuter: number[] = [];
  readonly colContent: number[] = [];
  readonly paddingLeft: number[] = [];
  readonly paddingRight: number[] = [];
  /** Centre and width of each vertical line (n + 1 of them). */
  readonly vx: number[] = [];
  readonly vw: number[] = [];
  readonly vColor: string[] = [];
  private readonly hw: number[] = [];
  private readonly hc: string[] = [];
  /** Header row bands, repeated on each continuation. */
  headers: RowBand[] = [];

  constructor(table: Table, layout: TableLayout, available: number) {
    this.node = { table };
    this.headerRows = table.headerRows ?? 0;
    this.dontBreakRows = table.dontBreakRows ?? false;
    const n = table.widths.length;
    const pl = asFn(layout.paddingLeft, DEFAULT_LAYOUT.paddingLeft);
    const pr = asFn(layout.paddingRight, DEFAULT_LAYOUT.paddingRight);
    const vw = asFn(layout.vLineWidth, DEFAULT_LAYOUT.vLineWidth);
    const vc = asFn(layout.vLineColor, DEFAULT_LAYOUT.vLineColor);
    let fixed = 0;
    let stars = 0;
    for (let i = 0; i <= n; i++) {
      this.vw.push(vw(i, this.node));
      this.vColor.push(vc(i, this.node));
      fixed += this.vw[i]!;
      if (i === n) break;
      this.paddingLeft.push(pl(i, this.node));
      this.paddingRight.push(pr(i, this.node));
      fixed += this.paddingLeft[i]! + this.paddingRight[i]!;
      const w = table.widths[i]!;
      if (w === '*') stars++;
      else fixed += w;
    }
    const star = stars ? Math.max(0, (available - fixed) / stars) : 0;
    let x = 0;
    for (let i = 0; i < n; i++) {
      this.vx.push(x + this.vw[i]! / 2);
      x += this.vw[i]!;
      this.colStart.push(x);
      const w = table.widths[i]!;
      const content = w === '*' ? star : w;
      this.colContent.push(content);
      this.colOuter.push(this.paddingLeft[i]! + content + this.paddingRight[i]!);
      x += this.colOuter[i]!;
    }
    this.vx.push(x + this.vw[n]! / 2);
    x += this.vw[n]!;
    this.width = x;
    const hw = asFn(layout.hLineWidth, DEFAULT_LAYOUT.hLineWidth);
    const hc = asFn(layout.hLineColor, DEFAULT_LAYOUT.hLineColor);
    for (let i = 0; i <= table.body.length; i++) {
      this.hw.push(hw(i, this.node));
      this.hc.push(hc(i, this.node));
    }
  }

  lineWidth(i: number): number {
    return this.hw[i] ?? 0;
  }
  lineColor(i: number): string {
    return this.hc[i] ?? '#000000';
  }
}

interface Cell {
  block: Block;
  /** Outer start and width (paddings included) and the content's x. */
  x: number;
  width: number;
  contentX: number;
  fill: string | undefined;
}

/** One row (or the part of a row on one page). */
class RowBand {
  readonly height: number;
  constructor(
    readonly index: number,
    readonly header: boolean,
    readonly cells: readonly Cell[],
    readonly paddingTop: number,
    readonly paddingBottom: number,
    /** Vertical line i is drawn when a cell starts or ends there. */
    readonly boundaries: readonly boolean[],
  ) {
    let content = 0;
    for (const cell of cells) if (cell.block.height > content) content = cell.block.height;
    this.height = paddingTop + content + paddingBottom;
  }

  split(room: number, force: boolean): [RowBand, RowBand] | undefined {
    const heads: Cell[] = [];
    const rests: Cell[] = [];
    let progress = false;
    for (const cell of this.cells) {
      let head = cell.block;
      let rest = EMPTY;
      if (cell.block.height > room + EPSILON) {
        const parts = cell.block.split(room, force);
        if (parts) [head, rest] = parts;
        else [head, rest] = [EMPTY, cell.block];
      }
      if (head.height > 0) progress = true;
      heads.push({ ...cell, block: head });
      rests.push({ ...cell, block: rest });
    }
    if (!progress) return undefined;
    const band = (cells: Cell[]) =>
      new RowBand(this.index, this.header, cells, this.paddingTop, this.paddingBottom, this.boundaries);
    return [band(heads), band(rests)];
  }
}

export class TableBlock implements Block {
  readonly height: number;
  readonly forcedBreak = false;
  constructor(
    private readonly g: Geometry,
    private readonly rows: readonly RowBand[],
  ) {
    let height = 0;
    rows.forEach((row, j) => (height += g.lineWidth(this.above(j)) + row.height));
    this.height = rows.length ? height + g.lineWidth(rows[rows.length - 1]!.index + 1) : 0;
  }

  /** The index of the horizontal line above the j-th row of this part. */
  private above(j: number): number {
    const row = this.rows[j]!;
    if (j === 0) return row.index;
    const prev = this.rows[j - 1]!;
    return prev.header && !row.header ? this.g.headerRows : row.index;
  }

  draw(out: DrawItem[], x: number, y: number): void {
    const g = this.g;
    const right = x + g.width;
    this.rows.forEach((row, j) => {
      const lineIndex = this.above(j);
      const lw = g.lineWidth(lineIndex);
      const top = y + lw;
      for (const cell of row.cells)
        if (cell.fill)
          out.push({ kind: 'rect', x: x + cell.x, y: top, width: cell.width, height: row.height, color: cell.fill });
      if (lw > 0)
        out.push({
          kind: 'line',
          x1: x,
          y1: y + lw / 2,
          x2: right,
          y2: y + lw / 2,
          width: lw,
          color: g.lineColor(lineIndex),
        });
      for (const cell of row.cells) cell.block.draw(out, x + cell.contentX, top + row.paddingTop);
      let bottom = top + row.height;
      if (j === this.rows.length - 1) bottom += g.lineWidth(row.index + 1);
      for (let i = 0; i < g.vw.length; i++) {
        const w = g.vw[i]!;
        if (w > 0 && row.boundaries[i])
          out.push({
            kind: 'line',
            x1: x + g.vx[i]!,
            y1: y,
            x2: x + g.vx[i]!,
            y2: bottom,
            width: w,
            color: g.vColor[i]!,
          });
      }
      y = top + row.height;
    });
    const last = this.rows[this.rows.length - 1];
    if (last) {
      const lw = g.lineWidth(last.index + 1);
      if (lw > 0)
        out.push({
          kind: 'line',
          x1: x,
          y1: y + lw / 2,
          x2: right,
          y2: y + lw / 2,
          width: lw,
          color: g.lineColor(last.index + 1),
        });
    }
  }

  split(limit: number, force: boolean): [Block, Block] | undefined {
    const g = this.g;
    let y = 0;
    let bodyRows = 0;
    for (let j = 0; j < this.rows.length; j++) {
      const row = this.rows[j]!;
      const above = g.lineWidth(this.above(j));
      const below = g.lineWidth(row.index + 1);
      if (y + above + row.height + below <= limit + EPSILON) {
        y += above + row.height;
        if (!row.header) bodyRows++;
        continue;
      }
      const first = bodyRows === 0;
      if (!row.header && (!g.dontBreakRows || (force && first))) {
        const parts = row.split(limit - y - above - below - row.paddingTop - row.paddingBottom, force && first);
        if (parts) return this.cut(j, parts);
      }
      if (!first) return this.cut(j, undefined);
      if (!force) return undefined; // header rows never stay alone at the bottom of a page
      return this.cut(j + 1, undefined); // a row taller than a page that cannot be cut: it overflows
    }
    return [this, EMPTY];
  }

  private cut(k: number, parts: [RowBand, RowBand] | undefined): [Block, Block] {
    const head = this.rows.slice(0, k);
    let remaining = this.rows.slice(parts ? k + 1 : k);
    if (parts) {
      head.push(parts[0]);
      remaining.unshift(parts[1]);
    }
    remaining = remaining.filter((row) => !row.header);
    const rest = remaining.length ? new TableBlock(this.g, [...this.g.headers, ...remaining]) : EMPTY;
    return [new TableBlock(this.g, head), rest];
  }
}

/** Lays out a table in `available` points (its width is that of its columns). */
export function layoutTable(
  table: Table,
  layoutOption: TableLayout | TableLayoutName | undefined,
  available: number,
  style: ResolvedStyle,
  engine: CellLayouter,
): TableBlock {
  const layout = typeof layoutOption === 'string' ? PRESETS[layoutOption] : (layoutOption ?? {});
  if (!layout) throw new Error(`Unknown table layout '${String(layoutOption)}'`);
  const g = new Geometry(table, layout, available);
  const n = table.widths.length;
  const pt = asFn(layout.paddingTop, DEFAULT_LAYOUT.paddingTop);
  const pb = asFn(layout.paddingBottom, DEFAULT_LAYOUT.paddingBottom);
  const fill = layout.fillColor;
  const rows = table.body.map((cells, r) => {
    const out: Cell[] = [];
    const boundaries: boolean[] = new Array(n + 1).fill(false);
    boundaries[0] = true;
    boundaries[n] = true;
    for (let j = 0; j < n;) {
      const cell = cells[j] as TableCell | undefined;
      const span = Math.max(
        1,
        Math.min(
          n - j,
          (cell && typeof cell === 'object' && !Array.isArray(cell) && 'colSpan' in cell
            ? (cell.colSpan as number | undefined)
            : undefined) ?? 1,
        ),
      );
      const last = j + span - 1;
      const x = g.colStart[j]!;
      const width = g.colStart[last]! + g.colOuter[last]! - x;
      const contentWidth = width - g.paddingLeft[j]! - g.paddingRight[last]!;
      const isEmpty =
        cell === undefined || (typeof cell === 'object' && !Array.isArray(cell) && Object.keys(cell).length === 0);
      const block = isEmpty ? EMPTY : engine.layout(cell as Content, contentWidth, style);
      let cellFill: string | null | undefined;
      if (cell && typeof cell === 'object' && !Array.isArray(cell))
        cellFill =
          ('fillColor' in cell ? (cell.fillColor as string | undefined) : undefined) ??
          styleFill(cell as { style?: string | string[] }, engine.styles);
      if (cellFill === undefined && fill !== undefined)
        cellFill = typeof fill === 'function' ? fill(r, g.node, j) : fill;
      out.push({ block, x, width, contentX: x + g.paddingLeft[j]!, fill: cellFill ?? undefined });
      boundaries[j] = true;
      boundaries[last + 1] = true;
      j += span;
    }
    return new RowBand(r, r < g.headerRows, out, pt(r, g.node), pb(r, g.node), boundaries);
  });
  g.headers = rows.slice(0, g.headerRows);
  return new TableBlock(g, rows);
}
