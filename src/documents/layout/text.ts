/**
 * Paragraphs: spans flattened to styled pieces, cut into words at spaces, filled greedily into
 * lines of the available width (a word longer than a line is cut between characters).
 */
import { ASCENDER_EM, charWidth, fontKey, LINE_HEIGHT_EM, measure, type FontKey } from './fonts.ts';
import { EMPTY, EPSILON, type Block, type DrawItem } from './boxes.ts';
import { resolveStyle, type ResolvedStyle } from './style.ts';
import type { Alignment, Inline, Style } from './types.ts';
import { winAnsiBytes } from './winansi.ts';

/** A run of text in one font, size and colour. */
interface Piece {
  font: FontKey;
  size: number;
  color: string;
}

/** Text in one piece's style (a span's text, WinAnsi bytes). */
interface StyledText {
  piece: Piece;
  text: string;
}

/** Measured text: a word, a run of spaces, or part of either. */
interface Fragment extends StyledText {
  width: number;
}

export interface Run extends Piece {
  text: string;
  width: number;
  /** Number of ASCII spaces in the text (they stretch when justified). */
  spaces: number;
}

export interface Line {
  runs: Run[];
  width: number;
  height: number;
  /** From the top of the line to the baseline. */
  ascent: number;
  spaces: number;
  /** Stretched to the full width (justified text, except a paragraph's last line). */
  justify: boolean;
}

function flatten(
  inlines: string | Inline[],
  style: ResolvedStyle,
  styles: Record<string, Style>,
  out: StyledText[],
): void {
  if (typeof inlines === 'string') {
    out.push({
      piece: {
        font: fontKey(style.bold, style.italics, style.font !== 'Helvetica'),
        size: style.fontSize,
        color: style.color,
      },
      text: winAnsiBytes(inlines),
    });
    return;
  }
  for (const inline of inlines) {
    if (typeof inline === 'string') flatten(inline, style, styles, out);
    else flatten(inline.text, resolveStyle(style, inline, styles), styles, out);
  }
}

/**
 * Fills lines greedily, word by word. A word may run over several pieces (a bold span glued to
 * the next word); spaces between words are held until the next word shows whether the line goes on.
 */
class LineBreaker {
  readonly lines: Line[] = [];
  private runs: Run[] = [];
  private width = 0;
  private spaces = 0;
  private pending: Fragment[] = [];
  private pendingWidth = 0;
  private word: Fragment[] = [];
  private wordWidth = 0;
  private paragraphStart = true;
  private readonly max: number;
  private readonly wrap: boolean;
  private readonly justify: boolean;

  constructor(
    private readonly style: ResolvedStyle,
    width: number,
  ) {
    this.max = width + EPSILON;
    this.wrap = !style.noWrap;
    this.justify = style.alignment === 'justify';
  }

  space(piece: Piece, text: string): void {
    this.endWord();
    // Spaces at the start of a wrapped line disappear; at the start of a paragraph they indent.
    if (this.runs.length === 0 && !this.paragraphStart) return;
    const width = measure(piece.font, piece.size, text);
    this.pending.push({ piece, text, width });
    this.pendingWidth += width;
  }

  wordPart(piece: Piece, text: string): void {
    const width = measure(piece.font, piece.size, text);
    this.word.push({ piece, text, width });
    this.wordWidth += width;
  }

  newline(): void {
    this.endWord();
    this.endLine(true);
    this.paragraphStart = true;
  }

  finish(): Line[] {
    this.endWord();
    this.endLine(true);
    return this.lines;
  }

  private endWord(): void {
    if (this.word.length === 0) return;
    const { max, wrap } = this;
    if (wrap && this.runs.length > 0 && this.width + this.pendingWidth + this.wordWidth > max) this.endLine(false);
    for (const f of this.pending) this.append(f.piece, f.text, f.width);
    this.pending = [];
    this.pendingWidth = 0;
    this.paragraphStart = false;
    if (wrap && this.width + this.wordWidth > max) {
      // Longer than a line: cut between characters.
      for (const f of this.word) {
        let start = 0;
        let w = 0;
        for (let i = 0; i < f.text.length; i++) {
          const cw = charWidth(f.piece.font, f.piece.size, f.text.charCodeAt(i));
          if (this.width + w + cw > max && (this.width > 0 || w > 0)) {
            if (i > start) this.append(f.piece, f.text.slice(start, i), w);
            this.endLine(false);
            start = i;
            w = 0;
          }
          w += cw;
        }
        if (f.text.length > start) this.append(f.piece, start ? f.text.slice(start) : f.text, w);
      }
    } else for (const f of this.word) this.append(f.piece, f.text, f.width);
    this.word = [];
    this.wordWidth = 0;
  }

  private append(piece: Piece, text: string, width: number): void {
    let n = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x20) n++;
    const prev = this.runs.length ? this.runs[this.runs.length - 1]! : undefined;
    if (prev && prev.font === piece.font && prev.size === piece.size && prev.color === piece.color) {
      prev.text += text;
      prev.width += width;
      prev.spaces += n;
    } else this.runs.push({ font: piece.font, size: piece.size, color: piece.color, text, width, spaces: n });
    this.width += width;
    this.spaces += n;
  }

  private endLine(endOfParagraph: boolean): void {
    let size = this.runs.length ? 0 : this.style.fontSize;
    for (const run of this.runs) if (run.size > size) size = run.size;
    this.lines.push({
      runs: this.runs,
      width: this.width,
      spaces: this.spaces,
      justify: this.justify && !endOfParagraph && this.spaces > 0,
      height: size * LINE_HEIGHT_EM * this.style.lineHeight,
      ascent: size * ASCENDER_EM,
    });
    this.runs = [];
    this.width = 0;
    this.spaces = 0;
    this.pending = [];
    this.pendingWidth = 0;
  }
}

/** Breaks a paragraph into lines no wider than `width` (unless noWrap). */
export function breakLines(
  inlines: string | Inline[],
  style: ResolvedStyle,
  styles: Record<string, Style>,
  width: number,
): Line[] {
  const pieces: StyledText[] = [];
  flatten(inlines, style, styles, pieces);
  const breaker = new LineBreaker(style, width);
  for (const { piece, text } of pieces) {
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        breaker.newline();
        i++;
        continue;
      }
      const space = c === 0x20;
      let j = i + 1;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === 0x0a || (d === 0x20) !== space) break;
        j++;
      }
      const part = i === 0 && j === text.length ? text : text.slice(i, j);
      if (space) breaker.space(piece, part);
      else breaker.wordPart(piece, part);
      i = j;
    }
  }
  return breaker.finish();
}

/** A paragraph laid out in a given width. */
export class TextBlock implements Block {
  readonly height: number;
  readonly forcedBreak = false;
  constructor(
    readonly lines: readonly Line[],
    readonly width: number,
    readonly alignment: Alignment,
  ) {
    let height = 0;
    for (const line of lines) height += line.height;
    this.height = height;
  }
  draw(out: DrawItem[], x: number, y: number): void {
    for (const line of this.lines) {
      let cx = x;
      if (this.alignment === 'right') cx += this.width - line.width;
      else if (this.alignment === 'center') cx += (this.width - line.width) / 2;
      const wordSpacing = line.justify ? (this.width - line.width) / line.spaces : 0;
      const baseline = y + line.ascent;
      for (const run of line.runs) {
        if (run.text)
          out.push({
            kind: 'text',
            x: cx,
            y: baseline,
            font: run.font,
            size: run.size,
            color: run.color,
            text: run.text,
            wordSpacing,
          });
        cx += run.width + run.spaces * wordSpacing;
      }
      y += line.height;
    }
  }
  split(limit: number, force: boolean): [Block, Block] | undefined {
    let y = 0;
    let k = 0;
    while (k < this.lines.length && y + this.lines[k]!.height <= limit + EPSILON) y += this.lines[k++]!.height;
    if (k === 0) {
      if (!force) return undefined;
      k = 1;
    }
    if (k >= this.lines.length) return [this, EMPTY];
    return [
      new TextBlock(this.lines.slice(0, k), this.width, this.alignment),
      new TextBlock(this.lines.slice(k), this.width, this.alignment),
    ];
  }
}

export function layoutText(
  inlines: string | Inline[],
  style: ResolvedStyle,
  styles: Record<string, Style>,
  width: number,
): TextBlock {
  return new TextBlock(breakLines(inlines, style, styles, width), width, style.alignment);
}
