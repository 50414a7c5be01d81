/**
 * Lists that scale (issue 17), on both engines, through the invoices list: keyset pages in every
 * sort (no row skipped or repeated), the dashboard's date filters, search by number or accent-
 * folded client name, and the export of exactly what is filtered as CSV (UTF-8 BOM, `;`) and XLSX.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { insertInvoices, type SeedInvoice } from '../helpers/seed-invoices.ts';

interface Item {
  number: string;
  clientName: string;
  grossCents: number;
  dueDate: string;
}

for (const dialect of DIALECTS) {
  describe(`list paging and export [${dialect}]`, () => {
    let t: TestApi;
    let accounting: Session;
    const seeds: SeedInvoice[] = [];

    beforeAll(async () => {
      t = await startTestApi(dialect);
      accounting = await t.signIn('accounting');
      const zenith = await t.createClient('Zénith Informatique');
      const elec = await t.createClient('Électricité Générale');
      const lefevre = await t.createClient('Boulangerie Lefèvre');
      const clients = [zenith, elec, lefevre];
      // 11 invoices; two share a gross amount and a due date (ties broken by id).
      for (let i = 1; i <= 11; i++)
        seeds.push({
          clientId: clients[i % 3]!,
          number: `F-2026-${String(i).padStart(5, '0')}`,
          issueDate: `2026-01-${String(i).padStart(2, '0')}`,
          dueDate: i === 4 ? '2026-02-05' : `2026-02-${String(i).padStart(2, '0')}`,
          grossCents: i === 4 ? 5000 * 100 : ((i * 7919) % 10_000) * 100,
        });
      await insertInvoices(t.ctx, t.orgId, seeds);
    });
    afterAll(() => t.cleanup());

    const get = (url: string) => t.as(accounting, { method: 'GET', url });

    /** Every page of the list for this query, following nextCursor. */
    async function walk(query: string, limit = 3) {
      const numbers: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const res = await get(`/api/invoices?${query}&limit=${limit}${after ? `&after=${after}` : ''}`);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json() as { items: Item[]; nextCursor: string | null };
        expect(body.items.length).toBeLessThanOrEqual(limit);
        numbers.push(...body.items.map((i) => i.number));
        after = body.nextCursor;
        pages++;
      } while (after && pages < 20);
      return numbers;
    }

    it('pages with a keyset cursor in every sort and direction, no row skipped or repeated', async () => {
      const byNumber = seeds.map((s) => s.number).sort();
      expect(await walk('sort=number&dir=asc')).toEqual(byNumber);
      expect(await walk('sort=number&dir=desc')).toEqual([...byNumber].reverse());
      const byGross = await walk('sort=gross&dir=desc', 2);
      expect(new Set(byGross).size).toBe(11);
      const gross = (n: string) => seeds.find((s) => s.number === n)!.grossCents;
      for (let i = 1; i < byGross.length; i++)
        expect(gross(byGross[i - 1]!)).toBeGreaterThanOrEqual(gross(byGross[i]!));
      const byDue = await walk('sort=dueDate&dir=asc', 4);
      expect(new Set(byDue).size).toBe(11);
      // French order of client names: Boulangerie, Électricité, Zénith.
      const byClient = await walk('sort=client&dir=asc', 5);
      const clientOf = (n: string) => seeds.find((s) => s.number === n)!.clientId;
      expect(new Set(byClient).size).toBe(11);
      const res = await get('/api/invoices?sort=client&dir=asc&limit=11');
      const names = (res.json().items as Item[]).map((i) => i.clientName);
      expect([...new Set(names)]).toEqual(['Boulangerie Lefèvre', 'Électricité Générale', 'Zénith Informatique']);
      expect(clientOf(byClient[0]!)).toBe(seeds[1]!.clientId);
    });

    it('filters by due and issue dates (inclusive) and searches number or folded client name', async () => {
      expect(await walk('sort=number&dir=asc&dueFrom=2026-02-03&dueTo=2026-02-05')).toEqual([
        'F-2026-00003',
        'F-2026-00004',
        'F-2026-00005',
      ]);
      expect(await walk('sort=number&dir=asc&issuedFrom=2026-01-10')).toEqual(['F-2026-00010', 'F-2026-00011']);
      const lefevre = await walk('sort=number&dir=asc&q=LEFEVRE');
      expect(lefevre).toEqual(seeds.filter((_, i) => (i + 1) % 3 === 2).map((s) => s.number));
      expect(await walk('q=00007')).toEqual(['F-2026-00007']);
    });

    it('refuses a forged cursor and an unknown sort with a 400 naming the field', async () => {
      const bad = await get('/api/invoices?after=bm90LWEtY3Vyc29y');
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('querystring.after');
      const sort = await get('/api/invoices?sort=secret');
      expect(sort.statusCode).toBe(400);
      expect(sort.body).toContain('sort');
    });

    it('exports what is filtered as CSV for French Excel: BOM, semicolons, decimal commas', async () => {
      const res = await get('/api/invoices/export?format=csv&sort=number&dir=asc&dueFrom=2026-02-03&dueTo=2026-02-05');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['content-disposition']).toBe('attachment; filename="factures.csv"');
      const bytes = res.rawPayload;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'Numéro;Type;Client;Contrat;Date d’émission;Échéance;Montant HT (€);TVA (€);Montant TTC (€);Payé (€);Reste dû (€);État',
      );
      expect(lines).toHaveLength(4);
      expect(lines[2]).toMatch(
        /^F-2026-00004;Facture;Électricité Générale;;2026-01-04;2026-02-05;\d+,\d\d;\d+,\d\d;5000,00;0,00;5000,00;/,
      );
    });

    it('exports the same selection as XLSX with numbers as numbers', async () => {
      const res = await get('/api/invoices/export?format=xlsx&lang=en&sort=number&dir=asc&issuedFrom=2026-01-10');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = book.getWorksheet('Invoices')!;
      expect(ws.rowCount).toBe(3);
      expect(ws.getRow(1).getCell(1).value).toBe('Number');
      expect(ws.getRow(2).getCell(1).value).toBe('F-2026-00010');
      expect(ws.getRow(2).getCell(9).value).toBe(seeds[9]!.grossCents / 100);
      expect(ws.getRow(2).getCell(9).numFmt).toBe('#,##0.00');
    });
  });
}
