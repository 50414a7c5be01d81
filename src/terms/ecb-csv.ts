/**
 * Parser for the ECB main refinancing rate series FM.D.U2.EUR.4F.KR.MRR_FR.LEV (LEGAL.md §2.4).
 * Two layouts are accepted, both read by column name, never by position:
 *  - the SDMX API export (`format=csvdata`): KEY, …, TIME_PERIOD, OBS_VALUE, …;
 *  - the Data Portal download: title rows, then "DATE", "TIME PERIOD", and a value column.
 * The series records an observation only on change dates; rows without a value are gaps, not
 * errors. Every malformed line is reported at once so the operator fixes the file in one go.
 */
import { AppError, type FieldError } from '../kernel/errors.ts';
import { isCivilDate } from '../kernel/dates.ts';
import type { EcbRate } from './ecb-rates.ts';

/** The series key of the MRO fixed rate. */
export const ECB_MRO_SERIES_KEY = 'FM.D.U2.EUR.4F.KR.MRR_FR.LEV';
const ACCEPTED_KEYS = new Set([ECB_MRO_SERIES_KEY, 'FM.B.U2.EUR.4F.KR.MRR_FR.LEV']);
const SERIES_IN_TEXT = /FM\.[A-Z]\.U2\.EUR\.4F\.KR\.([A-Z_]+)\.LEV/;
const RATE_VALUE = /^\d{1,2}(\.\d{1,4})?$/;
const MISSING_VALUES = new Set(['', 'NAN', 'NA', 'N/A', '-', '.']);

interface CsvRecord {
  line: number;
  cells: string[];
}

function detectDelimiter(text: string): string {
  const head = text.split('\n', 20).join('\n');
  const count = (c: string) => head.split(c).length;
  return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

/** RFC 4180 records: quoted fields, doubled quotes, CRLF or LF, line number of each record. */
function readRecords(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      recordLine = ++line;
    } else {
      cell += c;
    }
  }
  if (cell !== '' || cells.length > 0) records.push({ line: recordLine, cells: [...cells, cell] });
  return records;
}

interface Layout {
  headerIndex: number;
  dateColumns: number[];
  valueColumn: number;
  keyColumn: number;
}

function findLayout(records: CsvRecord[]): Layout | undefined {
  for (let r = 0; r < records.length; r++) {
    const names = records[r]!.cells.map((c) => c.trim().toUpperCase());
    const col = (name: string) => names.indexOf(name);
    if (col('TIME_PERIOD') >= 0 && col('OBS_VALUE') >= 0) {
      return {
        headerIndex: r,
        dateColumns: [col('TIME_PERIOD')],
        valueColumn: col('OBS_VALUE'),
        keyColumn: col('KEY'),
      };
    }
    if (col('DATE') >= 0 && col('TIME PERIOD') >= 0) {
      const taken = [col('DATE'), col('TIME PERIOD')];
      const others = names.map((_, i) => i).filter((i) => !taken.includes(i) && names[i] !== '');
      const mro = others.find((i) => names[i]!.includes('MRR_FR'));
      return { headerIndex: r, dateColumns: taken, valueColumn: mro ?? others[0] ?? -1, keyColumn: -1 };
    }
  }
  return undefined;
}

function normalizeRate(value: string): string {
  const [units, decimals = ''] = value.split('.');
  const trimmed = decimals.replace(/0+$/, '');
  return `${Number(units)}.${trimmed.padEnd(2, '0')}`;
}

function invalid(errors: FieldError[]): AppError {
  return new AppError('rates.invalid_file', { errors });
}

/** Parses an ECB MRO CSV into rate steps (sorted, one row per change); throws rates.invalid_file. */
export function parseEcbMroCsv(text: string): EcbRate[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records = readRecords(body, detectDelimiter(body));
  const layout = findLayout(records);
  if (!layout) {
    throw invalid([
      {
        path: 'file',
        message:
          'no header row: expected TIME_PERIOD and OBS_VALUE columns (ECB API) or DATE, TIME PERIOD and a value column (ECB Data Portal)',
        fr: "aucune ligne d'en-tête : colonnes TIME_PERIOD et OBS_VALUE attendues (API de la BCE), ou DATE, TIME PERIOD et une colonne de valeurs (ECB Data Portal)",
      },
    ]);
  }
  const header = records[layout.headerIndex]!;
  const errors: FieldError[] = [];
  const valueHeader = header.cells[layout.valueColumn] ?? '';
  const series = SERIES_IN_TEXT.exec(valueHeader)?.[1];
  if (layout.valueColumn < 0 || (series !== undefined && series !== 'MRR_FR')) {
    throw invalid([
      series
        ? {
            path: `line ${header.line}`,
            message: `the value column is series ${series}, not the MRO fixed rate (MRR_FR)`,
            fr: `la colonne de valeurs est la série ${series}, et non le taux fixe des opérations principales de refinancement (MRR_FR)`,
          }
        : {
            path: `line ${header.line}`,
            message: 'no value column after DATE and TIME PERIOD',
            fr: 'aucune colonne de valeurs après DATE et TIME PERIOD',
          },
    ]);
  }
  const byDate = new Map<string, { rate: string; line: number }>();
  for (const { line, cells } of records.slice(layout.headerIndex + 1)) {
    if (cells.every((c) => c.trim() === '')) continue;
    const path = `line ${line}`;
    const key = layout.keyColumn >= 0 ? (cells[layout.keyColumn] ?? '').trim() : '';
    if (layout.keyColumn >= 0 && !ACCEPTED_KEYS.has(key)) {
      errors.push({
        path,
        message: `series ${JSON.stringify(key)} is not ${ECB_MRO_SERIES_KEY}`,
        fr: `la série ${JSON.stringify(key)} n'est pas ${ECB_MRO_SERIES_KEY}`,
      });
      continue;
    }
    const date = layout.dateColumns.map((i) => (cells[i] ?? '').trim()).find(isCivilDate);
    const raw = (cells[layout.valueColumn] ?? '').trim();
    if (!date) {
      const dates = JSON.stringify(layout.dateColumns.map((i) => cells[i] ?? '').join(' / '));
      errors.push({
        path,
        message: `no valid date YYYY-MM-DD in ${dates}`,
        fr: `aucune date valide (AAAA-MM-JJ) dans ${dates}`,
      });
      continue;
    }
    if (MISSING_VALUES.has(raw.toUpperCase())) continue;
    if (!RATE_VALUE.test(raw)) {
      errors.push({
        path,
        message: `value ${JSON.stringify(raw)} is not a rate in percent such as 2.15`,
        fr: `la valeur ${JSON.stringify(raw)} n'est pas un taux en pourcentage tel que 2.15`,
      });
      continue;
    }
    const rate = normalizeRate(raw);
    const previous = byDate.get(date);
    if (previous && previous.rate !== rate) {
      errors.push({
        path,
        message: `${date} already has rate ${previous.rate} (line ${previous.line})`,
        fr: `le ${date} a déjà le taux ${previous.rate} (ligne ${previous.line})`,
      });
      continue;
    }
    byDate.set(date, { rate, line });
  }
  if (errors.length > 0) throw invalid(errors);
  if (byDate.size === 0)
    throw invalid([
      { path: 'file', message: 'the file holds no observation', fr: 'le fichier ne contient aucune observation' },
    ]);
  const steps: EcbRate[] = [];
  for (const [effectiveFrom, { rate }] of [...byDate.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (steps.at(-1)?.ratePercent !== rate) steps.push({ effectiveFrom, ratePercent: rate });
  }
  return steps;
}
