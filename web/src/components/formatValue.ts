import { useCallback } from 'react';
import {
  formatDate,
  formatDateTime,
  formatEur,
  formatInteger,
  formatPercent,
  isCivilDate,
  isTimestamp,
} from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';

export interface ValueLabels {
  yes: string;
  no: string;
  none: string;
  /** "10 points" */
  points: (value: string) => string;
  /** Translates a code value (`signed-quote`), or returns it unchanged. */
  code: (value: string) => string;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Formats a decision field or terms parameter by its name and type: `…Cents` as EUR,
 * `…Percent` as a rate, `…Points` as points, civil dates as dd/mm/yyyy, booleans as yes/no,
 * code values through the dictionaries, lists joined with commas, records as their fields.
 */
export function formatValue(key: string, value: unknown, labels: ValueLabels): string {
  if (value === null || value === undefined || value === '') return labels.none;
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  if (Array.isArray(value)) {
    if (value.length === 0) return labels.none;
    // Rows (overdue invoices, re-rated lines) are told apart by semicolons, their fields by dots.
    const rows = value.some((item) => typeof item === 'object' && item !== null);
    return value.map((item) => formatValue('', item, labels)).join(rows ? '; ' : ', ');
  }
  if (typeof value === 'number') {
    if (/Cents$/.test(key)) return formatEur(value);
    if (/Percent$/i.test(key)) return formatPercent(value);
    if (/Points$/.test(key)) return labels.points(String(value).replace('.', ','));
    return formatInteger(value);
  }
  if (typeof value === 'string') {
    if (/Cents$/.test(key) && /^-?\d+$/.test(value)) return formatEur(Number(value));
    if (/Percent$/i.test(key) && DECIMAL.test(value)) return formatPercent(value);
    if (/Points$/.test(key) && DECIMAL.test(value)) return labels.points(value.replace('.', ','));
    if (isCivilDate(value)) return formatDate(value);
    if (isTimestamp(value)) return formatDateTime(value);
    return labels.code(value);
  }
  if (typeof value === 'object') {
    // A record of a decision (the overdue invoice, who decided): its known fields, each formatted by its name.
    const parts = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== null && v !== undefined && v !== '',
    );
    if (parts.length > 0) return parts.map(([k, v]) => formatValue(k, v, labels)).join(' · ');
  }
  return JSON.stringify(value);
}

/** `formatValue` with the labels of the current language. */
export function useFormatValue(): (key: string, value: unknown) => string {
  const { t, tx } = useI18n();
  return useCallback(
    (key: string, value: unknown) =>
      formatValue(key, value, {
        yes: t('common.yes'),
        no: t('common.no'),
        none: t('common.none'),
        points: (points) => t('common.points', { value: points }),
        code: (code) => tx(`value.${code}`, code),
      }),
    [t, tx],
  );
}

/** "art. 10.3", or "annexe" for the annex (article number `annex`). */
export function useArticleLabel(): (number: string) => string {
  const { t } = useI18n();
  return useCallback(
    (number: string) => (number === 'annex' ? t('common.annex') : t('common.article', { number })),
    [t],
  );
}
