import { describe, expect, it } from 'vitest';
import { addPoints, formatDate, formatEur, formatPercent, todayInParis } from './format.ts';

/** Intl uses narrow no-break spaces in French; compare on plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  it('formats cents as French euros', () => {
    expect(plain(formatEur(123456))).toBe('1 234,56 €');
    expect(plain(formatEur(4000))).toBe('40,00 €');
    expect(plain(formatEur(-5))).toBe('-0,05 €');
  });

  it('formats civil dates as dd/mm/yyyy', () => {
    expect(formatDate('2025-01-31')).toBe('31/01/2025');
    expect(formatDate(null)).toBe('—');
  });

  it('adds points to decimal percents exactly', () => {
    expect(addPoints('4.15', 10)).toBe('14.15');
    expect(addPoints('0', 10)).toBe('10');
    expect(addPoints('0.05', 10)).toBe('10.05');
    expect(plain(formatPercent('12.15'))).toBe('12,15 %');
  });

  it('gives the civil date in Paris', () => {
    expect(todayInParis(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
  });
});
