/**
 * Laid-out blocks: content measured for a given width, that can draw itself at a position and be
 * split at a height for page breaks. Pagination only deals with these.
 */
import type { FontKey } from './fonts.ts';
import type { PdfImage } from './images.ts';

/** What a page shows; y grows downwards from the top of the page (the writer flips it). */
export type DrawItem =
  | {
      kind: 'text';
      x: number;
      /** baseline */ y: number;
      font: FontKey;
      size: number;
      color: string;
      /** WinAnsi bytes */ text: string;
      /** extra points per space (justify) */ wordSpacing: number;
    }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; color: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { kind: 'image'; x: number; y: number; width: number; height: number; image: PdfImage };

/** Tolerance for comparing heights and widths (sums of floats). */
export const EPSILON = 1e-6;

export interface Block {
  readonly height: number;
  /** True when the block holds a forced page break that pagination must honour. */
  readonly forcedBreak: boolean;
  /** Appends the block's items, its top-left corner at (x, y). */
  draw(out: DrawItem[], x: number, y: number): void;
  /**
   * Cuts the block so that the first part fits in `limit` (points); undefined when it cannot be cut
   * there (nothing fits, or it must stay whole). With `force` (a page that holds nothing yet) it must
   * cut and give a first part that is not empty, even if that overflows or splits an unbreakable.
   */
  split(limit: number, force: boolean): [Block, Block] | undefined;
}

class EmptyBlock implements Block {
  readonly height = 0;
  readonly forcedBreak = false;
  draw(): void {}
  split(): [Block, Block] {
    return [this, this];
  }
}

export const EMPTY: Block = new EmptyBlock();

/** A block with space around it; the horizontal margins only shift it (its width was reduced by the caller). */
export class MarginBlock implements Block {
  readonly height: number;
  constructor(
    readonly inner: Block,
    readonly left: number,
    readonly top: number,
    readonly bottom: number,
  ) {
    this.height = top + inner.height + bottom;
  }
  get forcedBreak(): boolean {
    return this.inner.forcedBreak;
  }
  draw(out: DrawItem[], x: number, y: number): void {
    this.inner.draw(out, x + this.left, y + this.top);
  }
  split(limit: number, force: boolean): [Block, Block] | undefined {
    const parts = this.inner.split(limit - this.top, force);
    if (!parts) return undefined;
    return [new MarginBlock(parts[0], this.left, this.top, 0), new MarginBlock(parts[1], this.left, 0, this.bottom)];
  }
}

/** An image drawn at a given size; never split (it moves to the next page whole). */
export class ImageBlock implements Block {
  readonly forcedBreak = false;
  constructor(
    readonly image: PdfImage,
    readonly width: number,
    readonly height: number,
  ) {}
  draw(out: DrawItem[], x: number, y: number): void {
    out.push({ kind: 'image', x, y, width: this.width, height: this.height, image: this.image });
  }
  split(_limit: number, force: boolean): [Block, Block] | undefined {
    return force ? [this, EMPTY] : undefined;
  }
}

/** Kept whole: moves to the next page rather than split, unless a page cannot hold it. */
export class UnbreakableBlock implements Block {
  constructor(readonly inner: Block) {}
  get height(): number {
    return this.inner.height;
  }
  readonly forcedBreak = false;
  draw(out: DrawItem[], x: number, y: number): void {
    this.inner.draw(out, x, y);
  }
  split(limit: number, force: boolean): [Block, Block] | undefined {
    return force ? this.inner.split(limit, true) : undefined;
  }
}

/** Children one below the other; `breakBefore[i]` starts child i on a new page. */
export class StackBlock implements Block {
  readonly height: number;
  readonly forcedBreak: boolean;
  constructor(
    readonly children: readonly Block[],
    readonly breakBefore: readonly boolean[] = [],
  ) {
    let height = 0;
    let forced = false;
    children.forEach((child, i) => {
      // A break before a child counts once something of height precedes it (never a blank page).
      if (child.forcedBreak || (breakBefore[i] && height > EPSILON)) forced = true;
      height += child.height;
    });
    this.height = height;
    this.forcedBreak = forced;
  }
  draw(out: DrawItem[], x: number, y: number): void {
    for (const child of this.children) {
      child.draw(out, x, y);
      y += child.height;
    }
  }
  split(limit: number, force: boolean): [Block, Block] | undefined {
    const { children, breakBefore } = this;
    let y = 0;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (i > 0 && breakBefore[i] && y > EPSILON) return this.cut(i, undefined);
      if (y + child.height <= limit + EPSILON && !child.forcedBreak) {
        y += child.height;
        continue;
      }
      const parts = child.split(limit - y, force && y <= EPSILON);
      if (parts) return this.cut(i, parts);
      if (i === 0) return undefined;
      return this.cut(i, undefined);
    }
    return [this, EMPTY];
  }
  /** Head: children before i (and the first part of child i); rest: the others. */
  private cut(i: number, parts: [Block, Block] | undefined): [Block, Block] {
    const head = this.children.slice(0, i);
    const rest = this.children.slice(i + 1);
    const restBreaks = this.breakBefore.slice(i + 1);
    if (parts) {
      head.push(parts[0]);
      rest.unshift(parts[1]);
      restBreaks.unshift(false);
    } else {
      rest.unshift(this.children[i]!);
      restBreaks.unshift(false);
    }
    return [new StackBlock(head, this.breakBefore.slice(0, i)), new StackBlock(rest, restBreaks)];
  }
}

/** Children side by side, each at its own x offset; each continues on the next page on its own. */
export class ColumnsBlock implements Block {
  readonly height: number;
  readonly forcedBreak = false;
  constructor(readonly columns: ReadonlyArray<{ x: number; block: Block }>) {
    this.height = columns.reduce((h, c) => Math.max(h, c.block.height), 0);
  }
  draw(out: DrawItem[], x: number, y: number): void {
    for (const column of this.columns) column.block.draw(out, x + column.x, y);
  }
  split(limit: number, force: boolean): [Block, Block] | undefined {
    const heads: Array<{ x: number; block: Block }> = [];
    const rests: Array<{ x: number; block: Block }> = [];
    let progress = false;
    for (const { x, block } of this.columns) {
      if (block.height <= limit + EPSILON) {
        heads.push({ x, block });
        if (block.height > 0) progress = true;
        continue;
      }
      const parts = block.split(limit, force);
      if (parts) {
        heads.push({ x, block: parts[0] });
        rests.push({ x, block: parts[1] });
        if (parts[0].height > 0) progress = true;
      } else rests.push({ x, block });
    }
    if (!progress) return undefined;
    return [new ColumnsBlock(heads), new ColumnsBlock(rests)];
  }
}

/**
 * Lays out a root block on pages of `pageHeight`: the parts to print on each page, in order. A page
 * that cannot take the next piece as it is gets a forced cut, so the loop always progresses.
 */
export function paginate(root: Block, pageHeight: number): Block[] {
  const pages: Block[] = [];
  let rest = root;
  for (;;) {
    if (rest.height <= pageHeight + EPSILON && !rest.forcedBreak) {
      pages.push(rest);
      return pages;
    }
    let parts = rest.split(pageHeight, false);
    if (!parts || parts[0].height <= EPSILON) parts = rest.split(pageHeight, true);
    if (!parts) throw new Error('layout: a block could not be cut for the page');
    pages.push(parts[0]);
    rest = parts[1];
    if (rest.height <= EPSILON && !rest.forcedBreak) return pages;
    if (pages.length > 10_000) throw new Error('layout: more than 10,000 pages');
  }
}
