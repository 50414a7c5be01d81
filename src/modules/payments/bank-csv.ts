/**
 * Bank statement CSV files as French banks export them: a header row naming the columns, `;`
 * (or `,` or tab) between fields, amounts with a decimal comma or point ("1 234,56", "-12.5"),
 * dates YYYY-MM-DD or DD/MM/YYYY. Columns: date, amount (or separate credit and debit columns),
 * label, reference; English or French names. When the file has a value date ("date de valeur"),
 * it is the date the funds were available (LEGAL.md R3) and is used instead of the booking date.
 * Pure: every bad row is reported by its field (`rows.3.amount`), nothing is half-read.
 */
import { inSupportedDateRange, isCivilDate } from '../../kernel/dates.ts';
import { AppError, type FieldError } from '../../kernel/errors.ts';
import { MAX_DOCUMENT_CENTS, MAX_DOCUMENT_EUROS_TEXT } from '../../kernel/money.ts';

export interface BankRow {
  /** The date the funds were available: the value date when the file has one, else the booking date. */
  bookedOn: string;
  /** Positive: a credit (money in); negative: a debit. */
  amountCents: number;
  label: string;
  reference: string | null;
}

export const MAX_BANK_ROWS = 10_000;
const MAX_ERRORS = 50;

type Column = 'date' | 'valueDate' | 'amount' | 'credit' | 'debit' | 'label' | 'reference';

const ALIASES: Record<Column, string[]> = {
  date: [
    'date',
    'booking date',
    'booked on',
    'date operation',
    'date d operation',
    'date comptable',
    'date de comptabilisation',
    'transaction date',
  ],
  valueDate: ['value date', 'date valeur', 'date de valeur'],
  amount: ['amount', 'montant', 'montant eur', 'montant (eur)', 'amount (eur)'],
  credit: ['credit', 'credit eur', 'credit (eur)'],
  debit: ['debit', 'debit eur', 'debit (eur)'],
  label: ['label', 'libelle', 'libelle operation', 'description', 'wording', 'designation'],
  reference: ['reference', 'ref', 'ref.', 'reference operation', 'end to end id', 'end-to-end id'],
};

function normaliseHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits CSV text into records (RFC 4180 quoting: "a;b", "say ""hi""", line breaks inside quotes). */
export function splitCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function detectSeparator(headerLine: string): string {
  if (headerLine.includes(';')) return ';';
  if (headerLine.includes('\t')) return '\t';
  return ',';
}

/**
 * "1 234,56" / "1.234,56" / "1,234.56" / "-12.5" / "+100" / "12,30 €" → cents; null when it is
 * not an amount or is ambiguous ("1.234": a thousand or one euro twenty-three?).
 */
export function parseAmountCents(raw: string): number | null {
  let s = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/€|eur$/i, '');
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  else if (s.endsWith('-')) {
    sign = -1;
    s = s.slice(0, -1);
  }
  const m = /^(\d{1,3}(?:([.,'])\d{3})+|\d+)(?:([.,])(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const [, units, group, decimalSep, decimals] = m;
  if (group && (!decimalSep || group === decimalSep)) return null;
  const whole = Number(units!.replace(/[.,']/g, ''));
  const cents = whole * 100 + Number((decimals ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return sign * cents;
}

/** 'YYYY-MM-DD', 'DD/MM/YYYY', 'DD-MM-YYYY' or 'DD.MM.YYYY' → 'YYYY-MM-DD'; null otherwise. */
export function parseBankDate(raw: string): string | null {
  const s = raw.trim();
  const m = /^(\d{2})[/.-](\d{2})[/.-](\d{4})$/.exec(s);
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : m ? `${m[3]}-${m[2]}-${m[1]}` : null;
  return iso !== null && isCivilDate(iso) && inSupportedDateRange(iso) ? iso : null;
}

function invalid(errors: FieldError[]): AppError {
  return new AppError('bank_import.invalid_file', {
    errors: errors.slice(0, MAX_ERRORS),
    detail: `${errors.length} problem(s) in the file; nothing was imported`,
  });
}

/** Reads a bank statement; throws bank_import.invalid_file naming every bad field. */
export function parseBankCsv(text: string): BankRow[] {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const records = splitCsv(clean, detectSeparator(firstLine)).filter((r) => r.some((f) => f.trim() !== ''));
  if (records.length === 0) throw invalid([{ path: 'csv', message: 'the file is empty', fr: 'le fichier est vide' }]);
  const header = records[0]!.map(normaliseHeader);
  const index: Partial<Record<Column, number>> = {};
  for (const [col, names] of Object.entries(ALIASES) as Array<[Column, string[]]>) {
    const at = header.findIndex((h) => names.includes(h));
    if (at >= 0) index[col] = at;
  }
  const missing: FieldError[] = [];
  if (index.date === undefined && index.valueDate === undefined)
    missing.push({
      path: 'header.date',
      message: 'no "date" column in the header row',
      fr: "aucune colonne « date » dans la ligne d'en-tête",
    });
  if (index.amount === undefined && index.credit === undefined && index.debit === undefined)
    missing.push({
      path: 'header.amount',
      message: 'no "amount" column (or "credit" / "debit" columns) in the header row',
      fr: "aucune colonne « montant » (ni colonnes « crédit » / « débit ») dans la ligne d'en-tête",
    });
  if (index.label === undefined)
    missing.push({
      path: 'header.label',
      message: 'no "label" column in the header row',
      fr: "aucune colonne « libellé » dans la ligne d'en-tête",
    });
  if (missing.length > 0) throw invalid(missing);
  const data = records.slice(1);
  if (data.length === 0)
    throw invalid([
      {
        path: 'rows',
        message: 'the file has a header row but no line',
        fr: "le fichier n'a qu'une ligne d'en-tête, sans opération",
      },
    ]);
  if (data.length > MAX_BANK_ROWS)
    throw invalid([
      {
        path: 'rows',
        message: `at most ${MAX_BANK_ROWS} lines per file`,
        fr: `au plus ${MAX_BANK_ROWS} lignes par fichier`,
      },
    ]);

  const errors: FieldError[] = [];
  const rows: BankRow[] = [];
  const cell = (r: string[], col: Column) => (index[col] === undefined ? undefined : (r[index[col]!] ?? '').trim());
  for (const [n, r] of data.entries()) {
    const where = `line ${n + 2} of the file`;
    const ligne = `ligne ${n + 2} du fichier`;
    if (r.length < header.length && r.length <= Math.max(...Object.values(index))) {
      errors.push({
        path: `rows.${n}`,
        message: `${where}: ${r.length} field(s), the header has ${header.length}`,
        fr: `${ligne} : ${r.length} champ(s), l'en-tête en compte ${header.length}`,
      });
      continue;
    }
    const rawValue = cell(r, 'valueDate');
    const rawDate = rawValue ? rawValue : (cell(r, 'date') ?? '');
    const bookedOn = parseBankDate(rawDate);
    if (!bookedOn)
      errors.push({
        path: `rows.${n}.${rawValue ? 'valueDate' : 'date'}`,
        message: `${where}: "${rawDate}" is not a date (YYYY-MM-DD or DD/MM/YYYY)`,
        fr: `${ligne} : « ${rawDate} » n'est pas une date (JJ/MM/AAAA ou AAAA-MM-JJ)`,
      });
    // An amount beyond the largest document (MAX_DOCUMENT_CENTS) could never be allocated.
    const bounded = (cents: number | null, field: 'amount' | 'credit' | 'debit') => {
      if (cents === null || Math.abs(cents) <= MAX_DOCUMENT_CENTS) return cents;
      errors.push({
        path: `rows.${n}.${field}`,
        message: `${where}: more than ${MAX_DOCUMENT_EUROS_TEXT.en}`,
        fr: `${ligne} : plus de ${MAX_DOCUMENT_EUROS_TEXT.fr}`,
        code: 'amount_too_large',
      });
      return null;
    };
    let amountCents: number | null;
    if (index.amount !== undefined) {
      const raw = cell(r, 'amount') ?? '';
      amountCents = parseAmountCents(raw);
      if (amountCents === null)
        errors.push({
          path: `rows.${n}.amount`,
          message: `${where}: "${raw}" is not an amount (e.g. 1234,56 or -12.50)`,
          fr: `${ligne} : « ${raw} » n'est pas un montant (par exemple 1234,56 ou -12.50)`,
        });
      amountCents = bounded(amountCents, 'amount');
    } else {
      const rawCredit = cell(r, 'credit') ?? '';
      const rawDebit = cell(r, 'debit') ?? '';
      const credit = rawCredit === '' ? 0 : parseAmountCents(rawCredit);
      const debit = rawDebit === '' ? 0 : parseAmountCents(rawDebit);
      if (credit === null)
        errors.push({
          path: `rows.${n}.credit`,
          message: `${where}: "${rawCredit}" is not an amount`,
          fr: `${ligne} : « ${rawCredit} » n'est pas un montant`,
        });
      if (debit === null)
        errors.push({
          path: `rows.${n}.debit`,
          message: `${where}: "${rawDebit}" is not an amount`,
          fr: `${ligne} : « ${rawDebit} » n'est pas un montant`,
        });
      const [c, d] = [bounded(credit, 'credit'), bounded(debit, 'debit')];
      amountCents = c === null || d === null ? null : Math.abs(c) - Math.abs(d);
    }
    const label = (cell(r, 'label') ?? '').replace(/\s+/g, ' ');
    if (label.length > 500)
      errors.push({
        path: `rows.${n}.label`,
        message: `${where}: the label is longer than 500 characters`,
        fr: `${ligne} : le libellé dépasse 500 caractères`,
      });
    const reference = (cell(r, 'reference') ?? '').replace(/\s+/g, ' ');
    if (reference.length > 140)
      errors.push({
        path: `rows.${n}.reference`,
        message: `${where}: the reference is longer than 140 characters`,
        fr: `${ligne} : la référence dépasse 140 caractères`,
      });
    if (bookedOn && amountCents !== null)
      rows.push({ bookedOn, amountCents, label, reference: reference === '' ? null : reference });
  }
  if (errors.length > 0) throw invalid(errors);
  return rows;
}

/** The file's text: UTF-8, or Windows-1252 (the usual export of French banks) when it is not. */
export function decodeStatement(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  // A text file never holds NUL; PostgreSQL could not store it (SQLite would): refuse the file
  // here, like the NUL guard refuses it in the JSON strings of a request.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw invalid([
      {
        path: 'csv',
        message: `line ${line} of the file holds a NUL character (0x00): not a text file`,
        fr: `ligne ${line} du fichier : caractère NUL (0x00) interdit, ce n'est pas un fichier texte`,
        code: 'nul_character',
      },
    ]);
  }
  return text;
}
