import { formatDate, formatDateTime, formatEur, formatInteger, formatPercent, isCivilDate, isTimestamp } from '../format.ts';

export interface ValueLabels {
  yes: string;
  no: string;
  none: string;
  /** Translates a code value (`signed-quote`), or returns it unchanged. */
  code: (value: string) => string;
}

/**
 * Formats a decision field or terms parameter by its name and type: `…Cents` as EUR,
 * `…Percent` as a rate, civil dates as dd/mm/yyyy, booleans as yes/no.
 */
export function formatValue(key: string, value: unknown, labels: ValueLabels): string {
  if (value === null || value === undefined || value === '') return labels.none;
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  if (typeof value === 'number') {
    if (/Cents$/.test(key)) return formatEur(value);
    if (/(Percent|Rate)$/i.test(key)) return formatPercent(value);
    return formatInteger(value);
  }
  if (typeof value === 'string') {
    if (/Cents$/.test(key) && /^-?\d+$/.test(value)) return formatEur(Number(value));
    if (/Percent$/i.test(key) && /^-?\d+(\.\d+)?$/.test(value)) return formatPercent(value);
    if (isCivilDate(value)) return formatDate(value);
    if (isTimestamp(value)) return formatDateTime(value);
    return labels.code(value);
  }
  return JSON.stringify(value);
}
