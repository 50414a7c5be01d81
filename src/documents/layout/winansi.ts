/**
 * WinAnsiEncoding (PDF 32000-1, annex D): the one-byte encoding of the standard Helvetica fonts.
 * It is Latin-1 plus the euro sign, typographic quotes and dashes in the 0x80–0x9F slots, which
 * covers French. Text is kept in JS strings whose char codes are the bytes ("byte strings").
 */

/** The Unicode characters of the 0x80–0x9F slots, by byte (undefined slots are absent). */
const HIGH_SLOTS: ReadonlyArray<readonly [number, string]> = [
  [0x80, '€'],
  [0x82, '‚'],
  [0x83, 'ƒ'],
  [0x84, '„'],
  [0x85, '…'],
  [0x86, '†'],
  [0x87, '‡'],
  [0x88, 'ˆ'],
  [0x89, '‰'],
  [0x8a, 'Š'],
  [0x8b, '‹'],
  [0x8c, 'Œ'],
  [0x8e, 'Ž'],
  [0x91, '‘'],
  [0x92, '’'],
  [0x93, '“'],
  [0x94, '”'],
  [0x95, '•'],
  [0x96, '–'],
  [0x97, '—'],
  [0x98, '˜'],
  [0x99, '™'],
  [0x9a, 'š'],
  [0x9b, '›'],
  [0x9c, 'œ'],
  [0x9e, 'ž'],
  [0x9f, 'Ÿ'],
];

/** Unicode code point → WinAnsi byte, for the characters outside Latin-1's printable ranges. */
const HIGH_BYTE = new Map<number, number>(HIGH_SLOTS.map(([byte, ch]) => [ch.codePointAt(0)!, byte]));

/** True for the code points printed as such (Latin-1 printable, the high slots, the line feed). */
function printable(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || code === 0x0a || HIGH_BYTE.has(code);
}

/** Thin, hair, narrow no-break… spaces (Intl writes U+202F in French numbers): no-break space. */
function exoticSpace(code: number): boolean {
  return (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f;
}

/**
 * Text a standard font can show: exotic spaces become no-break spaces, the non-breaking hyphen a
 * hyphen, anything else outside WinAnsi '?' (one per code point), so an unexpected character is
 * visible rather than garbled.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (exoticSpace(code)) out += '\u00a0';
    else if (code === 0x2011) out += '-';
    else out += printable(code) ? ch : '?';
  }
  return out;
}

/**
 * The same mapping as toWinAnsi, straight to a byte string ('€' → '\x80'); line feeds are kept
 * ('\n', for the layout to break lines). Fast path: most text is ASCII and comes back unchanged.
 */
export function winAnsiBytes(text: string): string {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || c === 0x0a)) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || c === 0x0a) out += text[i];
    else if (HIGH_BYTE.has(c)) out += String.fromCharCode(HIGH_BYTE.get(c)!);
    else if (exoticSpace(c)) out += '\u00a0';
    else if (c === 0x2011) out += '-';
    else {
      // A surrogate pair is one code point: one '?'.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
      out += '?';
    }
  }
  return out;
}

/** The Unicode text of a WinAnsi byte string (for tests and metadata). */
export function fromWinAnsiBytes(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes.charCodeAt(i);
    const high = b >= 0x80 && b <= 0x9f ? HIGH_SLOTS.find(([byte]) => byte === b) : undefined;
    out += high ? high[1] : bytes[i];
  }
  return out;
}

/**
 * The Adobe glyph names of WinAnsi bytes 32–255 (to read widths from AFM files); '' for the
 * undefined slots 0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D.
 */
export const WIN_ANSI_GLYPH_NAMES: readonly string[] = [
  // 0x20–0x3F
  'space',
  'exclam',
  'quotedbl',
  'numbersign',
  'dollar',
  'percent',
  'ampersand',
  'quotesingle',
  'parenleft',
  'parenright',
  'asterisk',
  'plus',
  'comma',
  'hyphen',
  'period',
  'slash',
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'colon',
  'semicolon',
  'less',
  'equal',
  'greater',
  'question',
  // 0x40–0x5F
  'at',
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
  'V',
  'W',
  'X',
  'Y',
  'Z',
  'bracketleft',
  'backslash',
  'bracketright',
  'asciicircum',
  'underscore',
  // 0x60–0x7F
  'grave',
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'w',
  'x',
  'y',
  'z',
  'braceleft',
  'bar',
  'braceright',
  'asciitilde',
  '',
  // 0x80–0x9F
  'Euro',
  '',
  'quotesinglbase',
  'florin',
  'quotedblbase',
  'ellipsis',
  'dagger',
  'daggerdbl',
  'circumflex',
  'perthousand',
  'Scaron',
  'guilsinglleft',
  'OE',
  '',
  'Zcaron',
  '',
  '',
  'quoteleft',
  'quoteright',
  'quotedblleft',
  'quotedblright',
  'bullet',
  'endash',
  'emdash',
  'tilde',
  'trademark',
  'scaron',
  'guilsinglright',
  'oe',
  '',
  'zcaron',
  'Ydieresis',
  // 0xA0–0xBF
  'space',
  'exclamdown',
  'cent',
  'sterling',
  'currency',
  'yen',
  'brokenbar',
  'section',
  'dieresis',
  'copyright',
  'ordfeminine',
  'guillemotleft',
  'logicalnot',
  'hyphen',
  'registered',
  'macron',
  'degree',
  'plusminus',
  'twosuperior',
  'threesuperior',
  'acute',
  'mu',
  'paragraph',
  'periodcentered',
  'cedilla',
  'onesuperior',
  'ordmasculine',
  'guillemotright',
  'onequarter',
  'onehalf',
  'threequarters',
  'questiondown',
  // 0xC0–0xDF
  'Agrave',
  'Aacute',
  'Acircumflex',
  'Atilde',
  'Adieresis',
  'Aring',
  'AE',
  'Ccedilla',
  'Egrave',
  'Eacute',
  'Ecircumflex',
  'Edieresis',
  'Igrave',
  'Iacute',
  'Icircumflex',
  'Idieresis',
  'Eth',
  'Ntilde',
  'Ograve',
  'Oacute',
  'Ocircumflex',
  'Otilde',
  'Odieresis',
  'multiply',
  'Oslash',
  'Ugrave',
  'Uacute',
  'Ucircumflex',
  'Udieresis',
  'Yacute',
  'Thorn',
  'germandbls',
  // 0xE0–0xFF
  'agrave',
  'aacute',
  'acircumflex',
  'atilde',
  'adieresis',
  'aring',
  'ae',
  'ccedilla',
  'egrave',
  'eacute',
  'ecircumflex',
  'edieresis',
  'igrave',
  'iacute',
  'icircumflex',
  'idieresis',
  'eth',
  'ntilde',
  'ograve',
  'oacute',
  'ocircumflex',
  'otilde',
  'odieresis',
  'divide',
  'oslash',
  'ugrave',
  'uacute',
  'ucircumflex',
  'udieresis',
  'yacute',
  'thorn',
  'ydieresis',
];
