import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { moneyColumn, toCsv, toXlsx, type ExportColumn } from './table-export.ts';

interface Row {
  label: string;
  cents: number | null;
  count: number;
}

const columns: ExportColumn<Row>[] = [
  { header: 'Libellé', value: (r) => r.label },
  moneyColumn('Montant (€)', (r) => r.cents),
  { header: 'Nombre', value: (r) => r.count },
];
const rows: Row[] = [
  { label: 'a', cents: 1250, count: 2.5 },
  { label: 'b', cents: -7, count: 3 },
  { label: 'c', cents: null, count: 0 },
  { label: 'd', cents: 500000, count: 1 },
];

describe('table export', () => {
  it('prints money with two decimals and a comma in CSV; other numbers as they are', () => {
    const lines = toCsv(columns, rows).subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines).toEqual(['Libellé;Montant (€);Nombre', 'a;12,50;2,5', 'b;-0,07;3', 'c;;0', 'd;5000,00;1']);
  });

  it('writes money as a real number cell shown with two decimals in XLSX', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx('Feuille', columns, rows)) as unknown as ArrayBuffer);
    const ws = book.getWorksheet('Feuille')!;
    const cell = ws.getRow(2).getCell(2);
    expect(cell.value).toBe(12.5);
    expect(cell.numFmt).toBe('#,##0.00');
    expect(ws.getRow(1).getCell(2).value).toBe('Montant (€)');
    expect(ws.getRow(2).getCell(3).value).toBe(2.5);
    expect(ws.getRow(2).getCell(3).numFmt ?? 'General').not.toBe('#,##0.00');
  });
});
