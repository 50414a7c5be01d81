import { describe, expect, it } from 'vitest';
import type { DrawItem } from './boxes.ts';
import { layoutDocument } from './engine.ts';
import { measure } from './fonts.ts';
import type { Content, DocumentDefinition, TableCell } from './types.ts';
import { fromWinAnsiBytes } from './winansi.ts';

// Pages of 200 × 100 pt without margins; 10 pt text at line height 1 → 9.25 pt lines, 10 per page.
const LINE = 9.25;
const NO_LINES = { hLineWidth: 0, vLineWidth: 0, paddingLeft: 0, paddingRight: 0, paddingTop: 0, paddingBottom: 0 };

function layout(content: Content[], extra: Partial<DocumentDefinition> = {}) {
  return layoutDocument({
    pageSize: { width: 200, height: 100 },
    pageMargins: 0,
    defaultStyle: { fontSize: 10 },
    content,
    ...extra,
  });
}
type TextItem = Extract<DrawItem, { kind: 'text' }>;
const textItems = (items: DrawItem[]) => items.filter((i): i is TextItem => i.kind === 'text');
const pageTexts = (doc: ReturnType<typeof layout>) =>
  doc.pages.map((p) => textItems(p.items).map((t) => fromWinAnsiBytes(t.text)));
const lines = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe('page flow', () => {
  it('continues a paragraph on the next pages, between lines', () => {
    const doc = layout([{ text: lines('L', 25).join('\n') }]);
    expect(pageTexts(doc)).toEqual([
      lines('L', 25).slice(0, 10),
      lines('L', 25).slice(10, 20),
      lines('L', 25).slice(20),
    ]);
    expect(textItems(doc.pages[1]!.items)[0]!.y).toBeCloseTo(7.18, 6); // back at the top of the page
  });

  it('moves an unbreakable block whole to the next page, and splits one taller than a page', () => {
    const moved = layout([{ text: lines('A', 8).join('\n') }, { text: lines('B', 5).join('\n'), unbreakable: true }]);
    expect(pageTexts(moved)).toEqual([lines('A', 8), lines('B', 5)]);
    const flowing = layout([{ text: lines('A', 8).join('\n') }, { text: lines('B', 5).join('\n') }]);
    expect(pageTexts(flowing)).toEqual([
      [...lines('A', 8), 'B1', 'B2'],
      ['B3', 'B4', 'B5'],
    ]);
    const tall = layout([{ text: 'A' }, { stack: [{ text: lines('B', 15).join('\n') }], unbreakable: true }]);
    expect(pageTexts(tall)).toEqual([['A'], lines('B', 15).slice(0, 10), lines('B', 15).slice(10)]);
  });

  it('keeps margins: the space counts against the page', () => {
    const doc = layout([{ text: lines('A', 9).join('\n') }, { text: 'B', margin: [0, 10, 0, 0] }]);
    expect(pageTexts(doc)).toEqual([lines('A', 9), ['B']]);
  });

  it('breaks pages where asked', () => {
    const doc = layout([{ text: 'A' }, { text: 'B', pageBreak: 'before' }, { text: 'C', pageBreak: 'after' }, 'D']);
    expect(pageTexts(doc)).toEqual([['A'], ['B', 'C'], ['D']]);
    expect(pageTexts(layout([{ text: 'A', pageBreak: 'before' }]))).toEqual([['A']]); // no blank first page
    expect(pageTexts(layout([{ stack: [] }, { text: 'A', pageBreak: 'before' }, 'B']))).toEqual([['A', 'B']]);
    expect(
      pageTexts(layout(['X', { stack: ['A', { text: 'B', pageBreak: 'before' }], margin: [0, 5, 0, 0] }, 'C'])),
    ).toEqual([
      ['X', 'A'],
      ['B', 'C'],
    ]);
  });

  it('calls the header and footer with the page number and count', () => {
    const doc = layout([{ text: lines('L', 15).join('\n') }], {
      pageMargins: [0, 10, 0, 10],
      header: (page, count) => (page > 1 ? `head ${page}/${count}` : undefined),
      footer: (page, count) => ({ text: `Page ${page} / ${count}`, alignment: 'right' }),
    });
    const texts = pageTexts(doc);
    expect(texts).toHaveLength(2);
    expect(texts[0]![0]).toBe('L1');
    expect(texts[0]!.at(-1)).toBe('Page 1 / 2');
    expect(texts[1]![0]).toBe('head 2/2');
    expect(texts[1]!.at(-1)).toBe('Page 2 / 2');
    const footer = textItems(doc.pages[0]!.items).at(-1)!;
    expect(footer.y).toBeCloseTo(90 + 7.18, 6);
    expect(footer.x).toBeCloseTo(200 - measure(0, 10, 'Page 1 / 2'), 6);
  });
});

describe('columns', () => {
  it('gives fixed widths, shares the rest between star columns, and keeps the gap', () => {
    const doc = layout([
      { columns: [{ width: 50, text: 'a' }, 'b', { width: '*', text: 'c', alignment: 'right' }], columnGap: 10 },
    ]);
    const [a, b, c] = textItems(doc.pages[0]!.items);
    expect(a!.x).toBe(0);
    expect(b!.x).toBeCloseTo(60, 6); // star = (200 − 50 − 2 × 10) / 2 = 65
    expect(c!.x).toBeCloseTo(200 - measure(0, 10, 'c'), 6);
  });

  it('flows each column onto the next page on its own', () => {
    const doc = layout([
      { columns: [{ text: lines('L', 12).join('\n') }, { text: lines('R', 3).join('\n') }] },
      'after',
    ]);
    expect(pageTexts(doc)).toEqual([
      [...lines('L', 10), ...lines('R', 3)],
      ['L11', 'L12', 'after'],
    ]);
  });
});

describe('tables', () => {
  const rows = (n: number, cell: (i: number) => string = (i) => `r${i + 1}`): TableCell[][] =>
    Array.from({ length: n }, (_, i) => [cell(i)]);

  it('repeats the header rows at the top of each page and prints every row once', () => {
    const doc = layout([{ table: { headerRows: 1, widths: ['*'], body: [['H'], ...rows(30)] }, layout: NO_LINES }]);
    const texts = pageTexts(doc);
    expect(texts.map((t) => t.length)).toEqual([10, 10, 10, 4]);
    for (const page of texts) expect(page[0]).toBe('H');
    expect(texts.flatMap((t) => t.slice(1))).toEqual(rows(30).map((r) => r[0]));
  });

  it('keeps a row whole with dontBreakRows, else continues its cells on the next page', () => {
    const body = [['x\ny'], ['z']];
    const kept = layout([
      { text: lines('A', 9).join('\n') },
      { table: { dontBreakRows: true, widths: ['*'], body }, layout: NO_LINES },
    ]);
    expect(pageTexts(kept)).toEqual([lines('A', 9), ['x', 'y', 'z']]);
    const split = layout([{ text: lines('A', 9).join('\n') }, { table: { widths: ['*'], body }, layout: NO_LINES }]);
    expect(pageTexts(split)).toEqual([
      [...lines('A', 9), 'x'],
      ['y', 'z'],
    ]);
  });

  it('never leaves the header rows alone at the bottom of a page', () => {
    const doc = layout([
      { text: lines('A', 9).join('\n') },
      { table: { headerRows: 1, widths: ['*'], body: [['H'], ['r1']] }, layout: NO_LINES },
    ]);
    expect(pageTexts(doc)).toEqual([lines('A', 9), ['H', 'r1']]);
  });

  it('places cells after lines and paddings, shares star widths, and spans columns', () => {
    // Default layout: 1 pt lines, paddings 4 (left/right) and 2 (top/bottom).
    const doc = layout([
      {
        table: {
          widths: [50, '*'],
          body: [
            ['a', 'b'],
            [{ text: 'span', colSpan: 2, alignment: 'right' }, {}],
          ],
        },
      },
    ]);
    const [a, b, span] = textItems(doc.pages[0]!.items);
    expect(a!.x).toBeCloseTo(5, 6);
    expect(b!.x).toBeCloseTo(1 + 4 + 50 + 4 + 1 + 4, 6);
    expect(a!.y).toBeCloseTo(1 + 2 + 7.18, 6);
    expect(span!.y).toBeCloseTo(1 + 2 + LINE + 2 + 1 + 2 + 7.18, 6);
    expect(span!.x).toBeCloseTo(200 - 1 - 4 - measure(0, 10, 'span'), 6); // star = 200 − 50 − 3 − 16 = 131
    const vertical = doc.pages[0]!.items.filter((i) => i.kind === 'line' && i.x1 === i.x2);
    // Row 1: three vertical lines; row 2 (one cell over both columns): two.
    expect(vertical).toHaveLength(5);
  });

  it('fills cells from the cell, its style or the layout, and draws the preset lines', () => {
    const doc = layout(
      [
        {
          table: {
            headerRows: 1,
            widths: [40, 40],
            body: [
              [
                { text: 'h', style: 'th' },
                { text: 'g', fillColor: '#00ff00' },
              ],
              ['a', 'b'],
              ['c', 'd'],
            ],
          },
          layout: 'lightHorizontalLines',
        },
      ],
      { styles: { th: { bold: true, fillColor: '#eeeeee' } } },
    );
    const items = doc.pages[0]!.items;
    expect(items.filter((i) => i.kind === 'rect').map((i) => i.color)).toEqual(['#eeeeee', '#00ff00']);
    const horizontal = items.filter((i): i is Extract<DrawItem, { kind: 'line' }> => i.kind === 'line');
    // No line above the table nor below it; 2 pt black under the header, 1 pt grey between rows.
    expect(horizontal.map((l) => [l.width, l.color])).toEqual([
      [2, '#000000'],
      [1, '#aaaaaa'],
    ]);
    const [h, g] = textItems(items);
    expect(h!.font).toBe(1);
    expect(h!.x).toBe(0); // no left padding in the first column
    expect(g!.x).toBeCloseTo(40 + 8 + 8, 6);
  });
});
