import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import type { ExportFormat } from '../kernel/list-query.ts';

/** One column of an exported list: its header and the cell of a row (numbers stay numbers in XLSX). */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string | number | null;
  /** `money`: an amount in euros, printed with two decimals ("12,50" in CSV, `0.00` format in XLSX). */
  kind?: 'money';
}

/** A column of euros from a row's cents: a number in XLSX (two decimals shown), "12,50" in CSV. */
export function moneyColumn<T>(header: string, cents: (row: T) => number | null): ExportColumn<T> {
  return {
    header,
    kind: 'money',
    value: (row) => {
      const c = cents(row);
      return c === null ? null : c / 100;
    },
  };
}

/** The CSV text of a cell: decimal comma; money always with its two decimals (French readers expect "12,50"). */
function csvCell<T>(column: ExportColumn<T>, row: T): string {
  const v = column.value(row);
  if (v === null) return '';
  if (typeof v === 'string') return v;
  return (column.kind === 'money' ? v.toFixed(2) : String(v)).replace('.', ',');
}

/**
 * CSV for French Excel: UTF-8 with a BOM (Excel otherwise reads it as Windows-1252) and `;`
 * between fields (the comma is the decimal separator in French); CRLF line ends.
 */
export function toCsv<T>(columns: readonly ExportColumn<T>[], rows: readonly T[]): Buffer {
  const text = stringify([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => csvCell(c, r)))], {
    delimiter: ';',
    record_delimiter: 'windows',
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** An XLSX workbook of one sheet, bold header row frozen, columns sized to their content. */
export async function toXlsx<T>(
  sheet: string,
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
): Promise<Buffer> {
  // Loaded on the first export, not at start: exceljs is the heaviest package of the server and
  // of the command line (about a fifth of the CPU of a command's start), and only this needs it.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r)));
  ws.columns.forEach((col, i) => {
    const longest = Math.max(
      columns[i]!.header.length,
      ...rows.slice(0, 200).map((r) => String(columns[i]!.value(r) ?? '').length),
    );
    col.width = Math.min(60, Math.max(8, longest + 2));
    // A real number cell shown with two decimals (Excel localises the separator).
    if (columns[i]!.kind === 'money') col.numFmt = '#,##0.00';
  });
  // The header row keeps the general format (numFmt on a column reaches every cell of it).
  ws.getRow(1).eachCell((cell) => (cell.numFmt = 'General'));
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends the rows as a download named `<basename>.<format>`. */
export async function sendTable<T>(
  reply: FastifyReply,
  o: { format: ExportFormat; basename: string; sheet: string; columns: readonly ExportColumn<T>[]; rows: readonly T[] },
) {
  const body = o.format === 'csv' ? toCsv(o.columns, o.rows) : await toXlsx(o.sheet, o.columns, o.rows);
  return reply
    .type(o.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${o.basename.replace(/[^\w.-]/g, '_')}.${o.format}"`)
    .send(body);
}
