import { describe, expect, it } from 'vitest';
import { AppError } from '../kernel/errors.ts';
import { parseEcbMroCsv } from './ecb-csv.ts';

const SDMX_HEADER =
  'KEY,FREQ,REF_AREA,CURRENCY,PROVIDER_FM,INSTRUMENT_FM,PROVIDER_FM_ID,DATA_TYPE_FM,TIME_PERIOD,OBS_VALUE';
const sdmxRow = (date: string, value: string, key = 'FM.D.U2.EUR.4F.KR.MRR_FR.LEV') =>
  `${key},D,U2,EUR,4F,KR,MRR_FR,LEV,${date},${value}`;

/** Runs the parser and returns the field errors it throws (or fails the test). */
function errorsOf(text: string) {
  try {
    parseEcbMroCsv(text);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('rates.invalid_file');
    return (e as AppError).errors;
  }
  throw new Error('expected rates.invalid_file');
}

describe('ECB CSV, SDMX layout (format=csvdata&detail=dataonly)', () => {
  it('reads the change dates', () => {
    const csv = [
      SDMX_HEADER,
      sdmxRow('2025-04-23', '2.4'),
      sdmxRow('2025-06-11', '2.15'),
      sdmxRow('2025-03-12', '2.65'),
      '',
    ].join('\n');
    expect(parseEcbMroCsv(csv)).toEqual([
      { effectiveFrom: '2025-03-12', ratePercent: '2.65' },
      { effectiveFrom: '2025-04-23', ratePercent: '2.40' },
      { effectiveFrom: '2025-06-11', ratePercent: '2.15' },
    ]);
  });
  it('tolerates a BOM, CRLF, quoted fields and columns in another order', () => {
    const csv =
      '\uFEFF"OBS_STATUS","TIME_PERIOD","KEY","OBS_VALUE","TITLE"\r\n"A","2016-03-16","FM.D.U2.EUR.4F.KR.MRR_FR.LEV","0.00","Main refinancing operations, fixed ""rate"""\r\n"A","2022-07-27","FM.D.U2.EUR.4F.KR.MRR_FR.LEV","0.50","x"\r\n';
    expect(parseEcbMroCsv(csv)).toEqual([
      { effectiveFrom: '2016-03-16', ratePercent: '0.00' },
      { effectiveFrom: '2022-07-27', ratePercent: '0.50' },
    ]);
  });
  it('skips rows without a value and keeps one row per change', () => {
    const csv = [
      SDMX_HEADER,
      sdmxRow('2000-06-09', '4.25'),
      sdmxRow('2000-06-28', '4.250'),
      sdmxRow('2001-01-01', ''),
      sdmxRow('2001-01-02', 'NaN'),
      sdmxRow('2000-09-01', '4.5'),
    ].join('\n');
    expect(parseEcbMroCsv(csv)).toEqual([
      { effectiveFrom: '2000-06-09', ratePercent: '4.25' },
      { effectiveFrom: '2000-09-01', ratePercent: '4.50' },
    ]);
  });
  it('accepts the business-daily series and semicolons', () => {
    const csv = ['KEY;TIME_PERIOD;OBS_VALUE', 'FM.B.U2.EUR.4F.KR.MRR_FR.LEV;2024-12-18;3.15'].join('\n');
    expect(parseEcbMroCsv(csv)).toEqual([{ effectiveFrom: '2024-12-18', ratePercent: '3.15' }]);
  });
  it('names every bad line at once', () => {
    const csv = [
      SDMX_HEADER,
      sdmxRow('2025-06-11', '2.15'), // line 2
      sdmxRow('2025-02-30', '2.90'), // line 3: no such day
      sdmxRow('2025-03-12', 'abc'), // line 4
      sdmxRow('2025-04-23', '2.40', 'FM.D.U2.EUR.4F.KR.DFR.LEV'), // line 5: deposit facility
      sdmxRow('2025-06-11', '2.25'), // line 6: conflicting duplicate
      sdmxRow('2025-07-01', '-0.5'), // line 7
    ].join('\n');
    expect(errorsOf(csv).map((e) => e.path)).toEqual(['line 3', 'line 4', 'line 5', 'line 6', 'line 7']);
    expect(errorsOf(csv)[3]).toMatchObject({
      message: '2025-06-11 already has rate 2.15 (line 2)',
      fr: 'le 2025-06-11 a déjà le taux 2.15 (ligne 2)',
    });
  });
});

describe('ECB CSV, Data Portal download layout', () => {
  const portal = [
    '"Main refinancing operations - fixed rate tenders (fixed rate) (date of changes) - Level"',
    '"Source: ECB Data Portal"',
    '',
    '"DATE","TIME PERIOD","Main refinancing operations - fixed rate tenders (fixed rate) (date of changes) - Level (FM.D.U2.EUR.4F.KR.MRR_FR.LEV)"',
    '"2024-09-18","18 Sep 2024","3.65"',
    '"2024-10-23","23 Oct 2024","3.40"',
  ];
  it('skips title rows and reads DATE and the value column', () => {
    expect(parseEcbMroCsv(portal.join('\n'))).toEqual([
      { effectiveFrom: '2024-09-18', ratePercent: '3.65' },
      { effectiveFrom: '2024-10-23', ratePercent: '3.40' },
    ]);
  });
  it('falls back on TIME PERIOD when it holds the ISO date', () => {
    const csv = ['DATE,TIME PERIOD,OBS', '18/09/2024,2024-09-18,3.65'].join('\n');
    expect(parseEcbMroCsv(csv)).toEqual([{ effectiveFrom: '2024-09-18', ratePercent: '3.65' }]);
  });
  it('reports a bad line with its physical line number', () => {
    expect(errorsOf([...portal, '"2024-12-18","18 Dec 2024","three"'].join('\n'))).toEqual([
      {
        path: 'line 7',
        message: 'value "three" is not a rate in percent such as 2.15',
        fr: `la valeur "three" n'est pas un taux en pourcentage tel que 2.15`,
      },
    ]);
  });
  it('refuses a download of another series', () => {
    const csv = [
      '"DATE","TIME PERIOD","Deposit facility (FM.D.U2.EUR.4F.KR.DFR.LEV)"',
      '"2024-09-18","18 Sep 2024","3.50"',
    ].join('\n');
    expect(errorsOf(csv)).toEqual([
      {
        path: 'line 1',
        message: 'the value column is series DFR, not the MRO fixed rate (MRR_FR)',
        fr: 'la colonne de valeurs est la série DFR, et non le taux fixe des opérations principales de refinancement (MRR_FR)',
      },
    ]);
  });
});

describe('ECB CSV, unusable files', () => {
  it.each([
    ['an empty file', ''],
    ['a file without a known header', 'date,rate\n2025-06-11,2.15'],
  ])('refuses %s naming the file', (_label, text) => {
    expect(errorsOf(text)[0]!.path).toBe('file');
  });
  it('refuses a file with a header and no observation', () => {
    expect(errorsOf(`${SDMX_HEADER}\n${sdmxRow('2025-01-01', '')}\n`)).toEqual([
      { path: 'file', message: 'the file holds no observation', fr: 'le fichier ne contient aucune observation' },
    ]);
  });
});
