import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DrawItem } from './boxes.ts';
import { layoutDocument } from './engine.ts';
import { measure } from './fonts.ts';
import { ROOT_STYLE } from './style.ts';
import { breakLines } from './text.ts';
import type { Content, Style } from './types.ts';
import { fromWinAnsiBytes, toWinAnsi, winAnsiBytes } from './winansi.ts';

const style = { ...ROOT_STYLE, fontSize: 10 };
const lineTexts = (
  text: Parameters<typeof breakLines>[0],
  width: number,
  s = style,
  styles: Record<string, Style> = {},
) => breakLines(text, s, styles, width).map((line) => line.runs.map((r) => fromWinAnsiBytes(r.text)).join(''));

/** Text items of a one-page document laid out in `width` points (no page margins). */
function texts(content: Content, width = 200) {
  const doc = layoutDocument({
    pageSize: { width, height: 1000 },
    pageMargins: 0,
    defaultStyle: { fontSize: 10 },
    content,
  });
  return doc.pages[0]!.items.filter((i): i is Extract<DrawItem, { kind: 'text' }> => i.kind === 'text');
}

describe('Helvetica metrics', () => {
  it('measures with the AFM widths (a = 556, space = 278, € = 556, bold A = 722)', () => {
    expect(measure(0, 10, 'a a')).toBeCloseTo(5.56 + 2.78 + 5.56, 10);
    expect(measure(0, 10, winAnsiBytes('€'))).toBeCloseTo(5.56, 10);
    expect(measure(1, 10, 'A')).toBeCloseTo(7.22, 10);
    expect(measure(2, 10, 'W')).toBe(measure(0, 10, 'W')); // the oblique has the regular widths
  });
});

describe('line breaking', () => {
  it('wraps at spaces by measured width and drops the space at the break', () => {
    // "aaaa" = 22.24 pt, space 2.78 pt: two words fit in 50 pt, not three.
    expect(lineTexts('aaaa aaaa aaaa aaaa aaaa', 50)).toEqual(['aaaa aaaa', 'aaaa aaaa', 'aaaa']);
    expect(lineTexts('aaaa aaaa', 47.26)).toEqual(['aaaa aaaa']); // exactly the width: fits
    expect(lineTexts('aaaa aaaa', 47.25)).toEqual(['aaaa', 'aaaa']);
  });

  it('breaks at line feeds, keeps empty lines, and gives an empty text one line', () => {
    expect(lineTexts('a\n\nb', 100)).toEqual(['a', '', 'b']);
    const [empty] = breakLines('', style, {}, 100);
    expect(breakLines('', style, {}, 100)).toHaveLength(1);
    expect(empty!.height).toBeCloseTo(10 * 0.925, 10);
  });

  it('never breaks at a no-break space', () => {
    expect(lineTexts('1\u00a0234,56\u00a0€ 1\u202f234,56\u00a0€', 50)).toEqual([
      '1\u00a0234,56\u00a0€',
      '1\u00a0234,56\u00a0€',
    ]);
  });

  it('cuts a word longer than the line between characters', () => {
    expect(lineTexts('aaaaaaaaaa', 20)).toEqual(['aaa', 'aaa', 'aaa', 'a']); // 3 × 5.56 = 16.68 ≤ 20
    expect(lineTexts('bb aaaaaaaaaa', 20)).toEqual(['bb', 'aaa', 'aaa', 'aaa', 'a']);
  });

  it('keeps a word whole across spans, and a noWrap text on one line', () => {
    expect(lineTexts(['aaaa aa', { text: 'aa', bold: true }, ' aaaa'], 40)).toEqual(['aaaa', 'aaaa', 'aaaa']);
    expect(lineTexts('aaaa aaaa aaaa', 20, { ...style, noWrap: true })).toEqual(['aaaa aaaa aaaa']);
  });

  it('merges pieces of one style into one run and sizes the line by its largest font', () => {
    const [line] = breakLines(
      ['Objet : ', { text: 'gras', bold: true }, { text: ' GRAND', fontSize: 20 }],
      style,
      {},
      500,
    );
    expect(line!.runs.map((r) => [r.text, r.font, r.size])).toEqual([
      ['Objet : ', 0, 10],
      ['gras', 1, 10],
      [' GRAND', 0, 20],
    ]);
    expect(line!.height).toBeCloseTo(20 * 0.925, 10);
    expect(line!.ascent).toBeCloseTo(20 * 0.718, 10);
  });

  it('applies named styles to spans, and line height', () => {
    const styles = { strong: { bold: true, color: '#ff0000' } };
    const [line] = breakLines([{ text: 'x', style: 'strong' }], { ...style, lineHeight: 1.5 }, styles, 100);
    expect(line!.runs[0]).toMatchObject({ font: 1, color: '#ff0000' });
    expect(line!.height).toBeCloseTo(10 * 0.925 * 1.5, 10);
  });
});

describe('alignment', () => {
  it('places lines left, right, centred, and justifies all but the last line with word spacing', () => {
    const w = measure(0, 10, 'aaaa');
    expect(texts({ text: 'aaaa' })[0]!.x).toBe(0);
    expect(texts({ text: 'aaaa', alignment: 'right' })[0]!.x).toBeCloseTo(200 - w, 10);
    expect(texts({ text: 'aaaa', alignment: 'center' })[0]!.x).toBeCloseTo((200 - w) / 2, 10);
    const justified = texts({ text: 'aaaa aaaa aaaa aaaa', alignment: 'justify' }, 60);
    expect(justified.map((t) => t.text)).toEqual(['aaaa aaaa', 'aaaa aaaa']);
    expect(justified[0]!.wordSpacing).toBeCloseTo(60 - measure(0, 10, 'aaaa aaaa'), 10);
    expect(justified[1]!.wordSpacing).toBe(0);
  });

  it('positions the baseline at the ascender and stacks lines by their height', () => {
    const [first, second] = texts({ text: 'a\nb', lineHeight: 1.2 });
    expect(first!.y).toBeCloseTo(7.18, 10);
    expect(second!.y - first!.y).toBeCloseTo(10 * 0.925 * 1.2, 10);
  });
});

describe('WinAnsi', () => {
  it('maps € and typographic punctuation to their bytes, the unknown to ?', () => {
    expect(winAnsiBytes('€ ’ – — œ')).toBe('\x80 \x92 \x96 \x97 \x9c');
    expect(winAnsiBytes('✓ 中 😀')).toBe('? ? ?');
  });

  it('gives the bytes of toWinAnsi for any string', () => {
    const toBytes = (s: string) => [...s].map((ch) => winAnsiBytes(ch)).join('');
    // Code points around Latin-1, the 0x80–0x9F slots' characters, the spaces, and anything else (astral included).
    const codePoint = fc.oneof(
      fc.integer({ min: 0, max: 0x2200 }),
      fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff),
    );
    const text = fc.array(codePoint, { maxLength: 30 }).map((codes) => String.fromCodePoint(...codes));
    fc.assert(fc.property(text, (s) => winAnsiBytes(s) === toBytes(toWinAnsi(s))));
    fc.assert(fc.property(text, (s) => fromWinAnsiBytes(winAnsiBytes(s)) === toWinAnsi(s)));
  });
});
