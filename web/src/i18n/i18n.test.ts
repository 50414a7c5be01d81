import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fr } from './fr.ts';

describe('UI dictionaries', () => {
  it('have exactly the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('have no empty value', () => {
    for (const dict of [fr, en]) {
      const empty = Object.entries(dict).filter(([, value]) => value.trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(fr)) {
      expect(placeholders(en[key as keyof typeof fr]), key).toEqual(placeholders(value));
    }
  });
});
