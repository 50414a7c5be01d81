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

describe('ICU plurals through the i18n layer', () => {
  it('says "1 jour" and "2 jours", "1 day" and "2 days"', async () => {
    const { translate } = await import('./i18n.ts');
    expect(translate('fr', 'quote.validityDays', { days: 1 })).toBe('1 jour');
    expect(translate('fr', 'quote.validityDays', { days: 2 })).toBe('2 jours');
    expect(translate('fr', 'quote.validityDays', { days: 0 })).toBe('0 jour');
    expect(translate('en', 'quote.validityDays', { days: 1 })).toBe('1 day');
    expect(translate('en', 'quote.validityDays', { days: 30 })).toBe('30 days');
    expect(translate('fr', 'common.daysLate', { count: 1 })).toBe('1 jour de retard');
    expect(translate('fr', 'common.daysLate', { count: 117 })).toBe('117 jours de retard');
  });
  it('counts days late on equipment and days not performed in a refund the same way', async () => {
    const { translate } = await import('./i18n.ts');
    const late = (lang: 'fr' | 'en', days: number) =>
      translate(lang, 'equipment.lateAccruing', { days, amount: 'X' }).split(':')[0];
    expect(late('fr', 1)).toBe('1 jour de retard ');
    expect(late('fr', 3)).toBe('3 jours de retard ');
    expect(late('en', 1)).toBe('1 day late');
    const refund = { label: 'L', from: 'a', to: 'b', amount: 'X' };
    expect(translate('fr', 'lc.refundItem', { ...refund, days: 1 })).toContain('1 jour non exécuté,');
    expect(translate('fr', 'lc.refundItem', { ...refund, days: 4 })).toContain('4 jours non exécutés,');
    expect(translate('en', 'lc.refundItem', { ...refund, days: 1 })).toContain('1 day not performed');
  });
});
