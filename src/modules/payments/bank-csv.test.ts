import { describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/errors.ts';
import { decodeStatement, parseAmountCents, parseBankCsv, parseBankDate } from './bank-csv.ts';
import { invoiceNumbersIn } from './bank-matching.ts';

function errorsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, paths: e.errors.map((x) => x.path) };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('bank statement CSV', () => {
  it('reads amounts with a decimal comma or point, signs, grouping and the euro sign', () => {
    expect(parseAmountCents('1 234,56')).toBe(123456);
    expect(parseAmountCents('1.234,56')).toBe(123456);
    expect(parseAmountCents('1,234.56')).toBe(123456);
    expect(parseAmountCents('-12.5')).toBe(-1250);
    expect(parseAmountCents('+100')).toBe(10000);
    expect(parseAmountCents('12,30 €')).toBe(1230);
    expect(parseAmountCents('45,00-')).toBe(-4500);
    expect(parseAmountCents('1\u00a0500,00')).toBe(150000);
    for (const bad of ['', 'abc', '1.234', '12,345', '1,2,3', '--5', '12.345,6.7'])
      expect(parseAmountCents(bad), bad).toBeNull();
  });

  it('reads ISO and French dates and refuses impossible ones', () => {
    expect(parseBankDate('2026-03-31')).toBe('2026-03-31');
    expect(parseBankDate('31/03/2026')).toBe('2026-03-31');
    expect(parseBankDate('31.03.2026')).toBe('2026-03-31');
    expect(parseBankDate('31/02/2026')).toBeNull();
    expect(parseBankDate('2026-13-01')).toBeNull();
    expect(parseBankDate('03/31/2026')).toBeNull();
  });

  it('reads a French export: ";", quoted fields, French headers, value date preferred (R3)', () => {
    const csv =
      '\uFEFFDate opération;Date de valeur;Libellé;Référence;Montant\r\n' +
      '02/03/2026;03/03/2026;"VIR SEPA MOREL; FACT F-2026-0000001";REF1;"1 200,00"\r\n' +
      '04/03/2026;04/03/2026;PRLV URSSAF;;-350,10\r\n\r\n';
    expect(parseBankCsv(csv)).toEqual([
      { bookedOn: '2026-03-03', amountCents: 120000, label: 'VIR SEPA MOREL; FACT F-2026-0000001', reference: 'REF1' },
      { bookedOn: '2026-03-04', amountCents: -35010, label: 'PRLV URSSAF', reference: null },
    ]);
  });

  it('reads "," files with decimal points, and separate credit / debit columns', () => {
    expect(parseBankCsv('date,amount,label,reference\n2026-03-02,99.90,Transfer,\n')).toEqual([
      { bookedOn: '2026-03-02', amountCents: 9990, label: 'Transfer', reference: null },
    ]);
    expect(
      parseBankCsv('Date;Libellé;Débit;Crédit\n02/03/2026;VIR;;150,00\n03/03/2026;FRAIS;12,00;\n').map(
        (r) => r.amountCents,
      ),
    ).toEqual([15000, -1200]);
  });

  it('refuses the whole file naming every bad field', () => {
    const bad = errorsOf(() =>
      parseBankCsv('date;amount;label\n2026-03-02;12,00;ok\n2026-02-30;douze;x\n01/03/2026;1.234;y\n'),
    );
    expect(bad).toEqual({ code: 'bank_import.invalid_file', paths: ['rows.1.date', 'rows.1.amount', 'rows.2.amount'] });
    expect(errorsOf(() => parseBankCsv('when;how much\n2026-03-02;12\n')).paths).toEqual([
      'header.date',
      'header.amount',
      'header.label',
    ]);
    expect(errorsOf(() => parseBankCsv('date;amount;label\n')).paths).toEqual(['rows']);
    expect(errorsOf(() => parseBankCsv('   \n')).paths).toEqual(['csv']);
    expect(errorsOf(() => parseBankCsv('date;amount;label\n2026-03-02\n')).paths).toEqual(['rows.0']);
  });

  it('decodes Windows-1252 exports', () => {
    const latin1 = new Uint8Array([0x4c, 0x69, 0x62, 0x65, 0x6c, 0x6c, 0xe9]); // "Libellé"
    expect(decodeStatement(latin1)).toBe('Libellé');
    expect(decodeStatement(new TextEncoder().encode('Libellé'))).toBe('Libellé');
  });

  it('finds invoice numbers, even written loosely', () => {
    expect(invoiceNumbersIn('VIR MOREL FACT F-2026-0000012 ET F 2026 0000013 / f2026-0000012', 7)).toEqual([
      'F-2026-0000012',
      'F-2026-0000013',
    ]);
    expect(invoiceNumbersIn('AF-2026-0000012 F-2026-00000123', 7)).toEqual([]);
  });
});
