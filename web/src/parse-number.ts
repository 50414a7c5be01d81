/**
 * Numbers typed in forms, French or English style ("1 234,56", "1234.56"), read exactly as
 * decimal strings (no float) and converted to what the API takes.
 */
import { MoneyDecimal, roundCents } from '../../src/kernel/money.ts';

const DECIMAL = /^\d+(\.\d+)?$/;

/** "1 234,5" → "1234.5"; null when empty or not a plain non-negative decimal. */
export function parseDecimal(text: string): string | null {
  const normalized = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return DECIMAL.test(normalized) ? normalized : null;
}

function decimals(value: string): number {
  return value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
}

/** Euros with at most 2 decimals → integer cents; null when invalid. */
export function eurosToCents(text: string): number | null {
  const value = parseDecimal(text);
  if (value === null || decimals(value) > 2) return null;
  return roundCents(new MoneyDecimal(value).times(100));
}

/** Cents → the text of a euro input: 59000 → "590,00". */
export function centsToInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** A quantity: more than 0, at most 3 decimals. */
export function parseQuantity(text: string): string | null {
  const value = parseDecimal(text);
  return value !== null && decimals(value) <= 3 && new MoneyDecimal(value).greaterThan(0) ? value : null;
}

/** A percent from 0 to 100 with at most 4 decimals ("12,5" → "12.5"). */
export function parsePercent(text: string): string | null {
  const value = parseDecimal(text);
  return value !== null && decimals(value) <= 4 && new MoneyDecimal(value).lessThanOrEqualTo(100) ? value : null;
}

/** A whole number ≥ min. */
export function parseWhole(text: string, min = 1): number | null {
  const value = text.trim();
  return /^\d+$/.test(value) && Number(value) >= min ? Number(value) : null;
}

const SIGNED = /^-?\d+(\.\d+)?$/;

/**
 * What was typed, as a number for the API even when the form refuses it ("-1" → -1, so the
 * server names the field with its own reason); NaN (sent as null) when it is not a number.
 */
export function typedNumber(text: string): number {
  const normalized = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return SIGNED.test(normalized) ? Number(normalized) : Number.NaN;
}

/** Typed euros as cents for the API: exact when valid, else what was typed (the server refuses it). */
export function typedCents(text: string): number {
  const cents = eurosToCents(text);
  if (cents !== null) return cents;
  const value = typedNumber(text);
  return Number.isNaN(value) ? value : new MoneyDecimal(value).times(100).toNumber();
}

/** A decimal string shown in French: "12.5" → "12,5". */
export const decimalToInput = (value: string | null | undefined) => (value ?? '').replace('.', ',');
