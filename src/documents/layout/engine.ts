/** From a document definition to positioned items on A4 pages (see types.ts for the model). */
import {
  ColumnsBlock,
  EMPTY,
  ImageBlock,
  MarginBlock,
  paginate,
  StackBlock,
  UnbreakableBlock,
  type Block,
  type DrawItem,
} from './boxes.ts';
import { pdfImage } from './images.ts';
import { expandMargins, nodeMargin, resolveStyle, ROOT_STYLE, type ResolvedStyle } from './style.ts';
import { layoutTable, type CellLayouter } from './table.ts';
import { layoutText } from './text.ts';
import type { Content, ContentBase, DocumentDefinition, PageSize, Style } from './types.ts';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

export interface LaidOutPage {
  items: DrawItem[];
}

export interface LaidOutDocument {
  width: number;
  height: number;
  pages: LaidOutPage[];
}

/** An image scaled to fit in a box, its proportions kept. */
function imageBlock(bytes: Uint8Array, boxWidth: number, boxHeight: number): Block {
  const image = pdfImage(bytes);
  const scale = Math.min(boxWidth / image.width, boxHeight / image.height);
  return new ImageBlock(image, image.width * scale, image.height * scale);
}

class Engine implements CellLayouter {
  constructor(readonly styles: Record<string, Style>) {}

  layout(node: Content, width: number, parent: ResolvedStyle): Block {
    if (typeof node === 'string') return layoutText(node, parent, this.styles, width);
    if (Array.isArray(node)) return this.stack(node, width, parent);
    const style = resolveStyle(parent, node, this.styles);
    const [left, top, right, bottom] = expandMargins(nodeMargin(node, this.styles));
    const inner = width - left - right;
    let block: Block;
    if ('text' in node) block = layoutText(node.text, style, this.styles, inner);
    else if ('stack' in node) block = this.stack(node.stack, inner, style);
    else if ('columns' in node) block = this.columns(node.columns, node.columnGap ?? 0, inner, style);
    else if ('table' in node) block = layoutTable(node.table, node.layout, inner, style, this);
    else if ('image' in node) block = imageBlock(node.image, Math.min(node.fit[0], inner), node.fit[1]);
    else block = EMPTY;
    if (left || top || right || bottom) block = new MarginBlock(block, left, top, bottom);
    if (node.unbreakable) block = new UnbreakableBlock(block);
    return block;
  }

  stack(nodes: readonly Content[], width: number, style: ResolvedStyle): Block {
    const children: Block[] = [];
    const breaks: boolean[] = [];
    let breakNext = false;
    for (const node of nodes) {
      const pageBreak = typeof node === 'object' && !Array.isArray(node) ? node.pageBreak : undefined;
      breaks.push(breakNext || pageBreak === 'before');
      breakNext = pageBreak === 'after';
      children.push(this.layout(node, width, style));
    }
    return new StackBlock(children, breaks);
  }

  columns(nodes: readonly Content[], gap: number, width: number, style: ResolvedStyle): Block {
    const widthOf = (node: Content) =>
      (typeof node === 'object' && !Array.isArray(node) ? (node as ContentBase).width : undefined) ?? '*';
    let fixed = gap * Math.max(0, nodes.length - 1);
    let stars = 0;
    for (const node of nodes) {
      const w = widthOf(node);
      if (w === '*') stars++;
      else fixed += w;
    }
    const star = stars ? Math.max(0, (width - fixed) / stars) : 0;
    let x = 0;
    const columns = nodes.map((node) => {
      const w = widthOf(node);
      const columnWidth = w === '*' ? star : w;
      const column = { x, block: this.layout(node, columnWidth, style) };
      x += columnWidth + gap;
      return column;
    });
    return new ColumnsBlock(columns);
  }
}

function pageDimensions(size: PageSize | undefined): { width: number; height: number } {
  return size === undefined || size === 'A4' ? A4 : size;
}

/** Lays out a whole document: content flowed over pages, then each page's header and footer. */
export function layoutDocument(definition: DocumentDefinition): LaidOutDocument {
  const { width, height } = pageDimensions(definition.pageSize);
  const styles = definition.styles ?? {};
  const engine = new Engine(styles);
  const base = resolveStyle(ROOT_STYLE, definition.defaultStyle ?? {}, styles);
  const [left, top, right, bottom] = expandMargins(definition.pageMargins);
  const content = Array.isArray(definition.content) ? definition.content : [definition.content];
  const root = engine.stack(content, width - left - right, base);
  const parts = paginate(root, height - top - bottom);
  const pages = parts.map((part, i) => {
    const items: DrawItem[] = [];
    const header = definition.header?.(i + 1, parts.length);
    if (header) engine.layout(header, width, base).draw(items, 0, 0);
    part.draw(items, left, top);
    const footer = definition.footer?.(i + 1, parts.length);
    if (footer) engine.layout(footer, width, base).draw(items, 0, height - bottom);
    return { items };
  });
  return { width, height, pages };
}
