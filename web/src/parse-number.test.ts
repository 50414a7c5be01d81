import { describe, expect, it } from 'vitest';
import {
  centsToInput,
  eurosToCents,
  parseDecimal,
  parsePercent,
  parseQuantity,
  parseWhole,
  typedCents,
  typedNumber,
} from './parse-number.ts';

describe('numbers typed in forms', () => {
  it('reads French and English decimals exactly', () => {
    expect(parseDecimal('1 234,56')).toBe('1234.56');
    expect(parseDecimal('1234.5')).toBe('1234.5');
    expect(parseDecimal('12,3,4')).toBeNull();
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('-3')).toBeNull();
  });

  it('converts euros to cents without float drift', () => {
    expect(eurosToCents('0,29')).toBe(29);
    expect(eurosToCents('1 234,56')).toBe(123456);
    expect(eurosToCents('590')).toBe(59000);
    expect(eurosToCents('1,234')).toBeNull();
    expect(centsToInput(59000)).toBe('590,00');
    expect(centsToInput(5)).toBe('0,05');
    expect(eurosToCents(centsToInput(123456))).toBe(123456);
  });

  it('checks quantities, percents and whole numbers', () => {
    expect(parseQuantity('1,5')).toBe('1.5');
    expect(parseQuantity('0')).toBeNull();
    expect(parseQuantity('1.2345')).toBeNull();
    expect(parsePercent('100')).toBe('100');
    expect(parsePercent('100,5')).toBeNull();
    expect(parseWhole('36')).toBe(36);
    expect(parseWhole('0')).toBeNull();
    expect(parseWhole('1.5')).toBeNull();
  });
});

describe('numbers sent as typed', () => {
  it('keeps what the server should refuse, and NaN for what is not a number', () => {
    expect(typedNumber('-1')).toBe(-1);
    expect(typedNumber('1,5')).toBe(1.5);
    expect(Number.isNaN(typedNumber('abc'))).toBe(true);
    expect(typedCents('12,5')).toBe(1250);
    expect(typedCents('-3')).toBe(-300);
    expect(typedCents('1,234')).toBe(123.4);
  });
});
