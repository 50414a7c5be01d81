import { describe, expect, it } from 'vitest';
import { base64Length, fileNameSchema, idSchema, multiLineText, singleLineText } from './text-schemas.ts';

describe('stored text schemas', () => {
  it('refuses NUL and other control characters in one line, trims the rest', () => {
    expect(singleLineText(1, 10).safeParse(' Morel ').data).toBe('Morel');
    expect(singleLineText(1, 10).safeParse('A\u0000B').success).toBe(false);
    expect(singleLineText(1, 10).safeParse('A\nB').success).toBe(false);
    expect(singleLineText(1, 10).safeParse('   ').success).toBe(false);
  });

  it('allows line breaks and tabs in multi-line text, not NUL', () => {
    expect(multiLineText(0, 50).safeParse('ligne 1\n\tligne 2').success).toBe(true);
    expect(multiLineText(0, 50).safeParse('a\u0000').success).toBe(false);
  });

  it('accepts UUIDs and simple ids only', () => {
    expect(idSchema.safeParse('00000000-0000-4000-8000-000000000000').success).toBe(true);
    expect(idSchema.safeParse('nope').success).toBe(true);
    expect(idSchema.safeParse('a\u0000').success).toBe(false);
    expect(idSchema.safeParse('a b').success).toBe(false);
  });
});

describe('uploads', () => {
  it('the base64 length of a file, padding included, is what Node writes', () => {
    for (const bytes of [0, 1, 2, 3, 4, 5, 6, 1000, 8 * 1024 * 1024])
      expect(base64Length(bytes)).toBe(Buffer.alloc(bytes).toString('base64').length);
  });

  it('a file name has no path and no control character', () => {
    expect(fileNameSchema.parse('  devis-signé.pdf ')).toBe('devis-signé.pdf');
    for (const bad of ['', '../etc/passwd', 'a\\b.pdf', 'a\u0001.pdf', 'x'.repeat(201)])
      expect(fileNameSchema.safeParse(bad).success).toBe(false);
  });
});
