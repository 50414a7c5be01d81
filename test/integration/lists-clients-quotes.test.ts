/**
 * The clients, quotes and contracts lists (issue 17), on both engines: keyset pages in every sort
 * and direction (no row skipped or repeated across pages), their filters and search, the export
 * of what is filtered as CSV and XLSX, and the dashboard's quote figures equal to the rows of the
 * lists their links open.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardLinks } from '../../web/src/pages/dashboard/dashboard-links.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import {
  insertContracts,
  insertLessor,
  insertLessorReview,
  insertQuotes,
  type SeedQuote,
} from '../helpers/seed-quotes.ts';

const SORTS = {
  clients: ['name', 'siren', 'city', 'created'],
  quotes: ['updated', 'number', 'client', 'issueDate', 'expiresOn', 'gross', 'status'],
  contracts: ['formed', 'number', 'client', 'effectiveDate', 'status'],
} as const;

interface Row {
  id: string;
  [key: string]: unknown;
}

for (const dialect of DIALECTS) {
  describe(`clients, quotes and contracts lists [${dialect}]`, () => {
    let t: TestApi;
    let sales: Session;
    let zenith: string;
    let elec: string;
    let lefevre: string;
    const quotes: SeedQuote[] = [];

    beforeAll(async () => {
      t = await startTestApi(dialect);
      sales = await t.signIn('sales');
      zenith = await t.createClient('Zénith Informatique');
      elec = await t.createClient('Électricité Générale');
      lefevre = await t.createClient('Boulangerie Lefèvre');
      const extra = await t.createClient('Atelier Ébène');
      const identity: [string, string, string, string][] = [
        [zenith, '732829320', 'Évry', '2026-01-03T10:00:00.000Z'],
        [elec, '552100554', 'Lyon', '2026-01-01T10:00:00.000Z'],
        [lefevre, '123456782', 'Paris', '2026-01-02T10:00:00.000Z'],
        // Same SIREN and city as Électricité: ties broken by id.
        [extra, '552100554', 'Lyon', '2026-01-02T10:00:00.000Z'],
      ];
      for (const [id, siren, city, createdAt] of identity)
        await t.ctx.db
          .updateTable('clients')
          .set({ siren, city, created_at: createdAt })
          .where('id', '=', id)
          .execute();
      const lessor = await insertLessor(t.ctx, t.orgId);
      const c = [zenith, elec, lefevre];
      // Today is 2026-03-02: the dashboard counts issued quotes expiring from today to 2026-03-09.
      quotes.push(
        {
          clientId: c[0]!,
          number: 'D-2026-00001',
          status: 'issued',
          issueDate: '2026-02-05',
          expiresOn: '2026-03-05',
          grossCents: 120_00,
        },
        {
          clientId: c[1]!,
          number: 'D-2026-00002',
          status: 'issued',
          issueDate: '2026-02-08',
          expiresOn: '2026-03-09',
          grossCents: 90_00,
        },
        {
          clientId: c[2]!,
          number: 'D-2026-00003',
          status: 'issued',
          issueDate: '2026-02-09',
          expiresOn: '2026-03-10',
          grossCents: 90_00,
        },
        // Past its date, not yet expired by the sweep: not counted as expiring.
        {
          clientId: c[0]!,
          number: 'D-2026-00004',
          status: 'issued',
          issueDate: '2026-01-20',
          expiresOn: '2026-03-01',
          grossCents: 50_00,
        },
        {
          clientId: c[1]!,
          number: 'D-2026-00005',
          status: 'accepted',
          issueDate: '2026-02-01',
          expiresOn: '2026-03-03',
          grossCents: 300_00,
        },
        {
          clientId: c[2]!,
          number: 'D-2026-00006',
          status: 'accepted',
          issueDate: '2026-02-02',
          expiresOn: '2026-03-04',
          grossCents: 400_00,
          lessorId: lessor,
        },
        {
          clientId: c[0]!,
          number: 'D-2026-00007',
          status: 'accepted',
          issueDate: '2026-02-03',
          expiresOn: '2026-03-05',
          grossCents: 500_00,
          lessorId: lessor,
        },
        {
          clientId: c[1]!,
          number: 'D-2026-00008',
          status: 'accepted',
          issueDate: '2026-01-04',
          expiresOn: '2026-02-05',
          grossCents: 600_00,
        },
        { clientId: c[2]!, number: null, status: 'draft', grossCents: 70_00 },
        {
          clientId: c[0]!,
          number: 'D-2026-00010',
          status: 'refused',
          issueDate: '2026-01-10',
          expiresOn: '2026-02-10',
          grossCents: 80_00,
        },
        {
          clientId: c[1]!,
          number: 'D-2026-00011',
          status: 'accepted',
          issueDate: '2026-01-11',
          expiresOn: '2026-02-11',
          grossCents: 110_00,
        },
        {
          clientId: c[2]!,
          number: 'D-2026-00012',
          status: 'accepted',
          issueDate: '2026-01-12',
          expiresOn: '2026-02-12',
          grossCents: 120_00,
        },
      );
      quotes.forEach((q, i) => (q.updatedAt = `2026-02-${String(10 + (i % 5)).padStart(2, '0')}T00:00:00.000Z`));
      const ids = await insertQuotes(t.ctx, t.orgId, quotes);
      await insertLessorReview(t.ctx, t.orgId, ids[6]!, lessor);
      await insertContracts(t.ctx, t.orgId, [
        { clientId: c[1]!, quoteId: ids[7]!, number: 'C-2026-00001', effectiveDate: '2026-01-20', status: 'active' },
        { clientId: c[1]!, quoteId: ids[10]!, number: 'C-2026-00002', effectiveDate: '2026-01-20', status: 'ended' },
        { clientId: c[2]!, quoteId: ids[11]!, number: 'C-2026-00003', effectiveDate: '2026-01-15', status: 'active' },
      ]);
    });
    afterAll(() => t.cleanup());

    const get = (url: string) => t.as(sales, { method: 'GET', url });

    /** Every page of a list for this query, following nextCursor. */
    async function walk(path: string, query: string, limit: number): Promise<Row[]> {
      const rows: Row[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const res = await get(`${path}?${query}&limit=${limit}${after ? `&after=${after}` : ''}`);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json() as { items: Row[]; nextCursor: string | null };
        expect(body.items.length).toBeLessThanOrEqual(limit);
        rows.push(...body.items);
        after = body.nextCursor;
        pages++;
      } while (after && pages < 30);
      return rows;
    }

    it.each(Object.keys(SORTS) as (keyof typeof SORTS)[])(
      '%s: pages in every sort and direction give the one-page order, no row skipped or repeated',
      async (list) => {
        const path = `/api/${list}`;
        for (const sort of SORTS[list])
          for (const dir of ['asc', 'desc']) {
            const whole = (await walk(path, `sort=${sort}&dir=${dir}`, 100)).map((r) => r.id);
            const paged = (await walk(path, `sort=${sort}&dir=${dir}`, 2)).map((r) => r.id);
            expect(paged, `${sort} ${dir}`).toEqual(whole);
            expect(new Set(paged).size).toBe(whole.length);
          }
      },
    );

    it('orders by the column asked: clients by folded name (French order), SIREN, city; quotes by amount', async () => {
      const names = (await walk('/api/clients', 'sort=name', 2)).map((r) => r.legalName);
      expect(names).toEqual(['Atelier Ébène', 'Boulangerie Lefèvre', 'Électricité Générale', 'Zénith Informatique']);
      const sirens = (await walk('/api/clients', 'sort=siren&dir=desc', 3)).map((r) => r.siren);
      expect(sirens).toEqual(['732829320', '552100554', '552100554', '123456782']);
      const created = (await walk('/api/clients', 'sort=created&dir=asc', 1)).map((r) => r.legalName);
      expect(created[0]).toBe('Électricité Générale');
      expect(created.at(-1)).toBe('Zénith Informatique');
      const gross = (await walk('/api/quotes', 'sort=gross&dir=desc', 3)).map((r) => r.grossCents as number);
      expect(gross).toEqual([...gross].sort((a, b) => b - a));
      expect(gross).toHaveLength(quotes.length);
      const numbers = (await walk('/api/contracts', 'sort=number&dir=asc', 2)).map((r) => r.number);
      expect(numbers).toEqual(['C-2026-00001', 'C-2026-00002', 'C-2026-00003']);
      const byEffective = (await walk('/api/contracts', 'sort=effectiveDate&dir=asc', 1)).map((r) => r.number);
      expect(byEffective[0]).toBe('C-2026-00003');
    });

    it('keeps the filters and search: clients by folded name or SIREN, quotes and contracts by number, client, status', async () => {
      const lef = await walk('/api/clients', 'q=LEFEVRE', 5);
      expect(lef.map((r) => r.legalName)).toEqual(['Boulangerie Lefèvre']);
      const bySiren = await walk('/api/clients', 'q=5521', 5);
      expect(bySiren.map((r) => r.legalName)).toEqual(['Atelier Ébène', 'Électricité Générale']);
      const issued = await walk('/api/quotes', 'status=issued&sort=number&dir=asc', 2);
      expect(issued.map((r) => r.number)).toEqual(['D-2026-00001', 'D-2026-00002', 'D-2026-00003', 'D-2026-00004']);
      const elecQuotes = await walk('/api/quotes', 'q=electricite&sort=number&dir=asc', 2);
      expect(elecQuotes.map((r) => r.number)).toEqual(['D-2026-00002', 'D-2026-00005', 'D-2026-00008', 'D-2026-00011']);
      expect((await walk('/api/quotes', `clientId=${lefevre}&status=draft`, 5)).map((r) => r.status)).toEqual([
        'draft',
      ]);
      const window = await walk('/api/quotes', 'expiresFrom=2026-03-04&expiresTo=2026-03-09&sort=expiresOn&dir=asc', 2);
      // Quotes expiring the same day follow their id (random): compare the dates' order and the set.
      const expiries = window.map((r) => r.expiresOn as string);
      expect(expiries).toEqual([...expiries].sort());
      expect(window.map((r) => r.number).sort()).toEqual([
        'D-2026-00001',
        'D-2026-00002',
        'D-2026-00006',
        'D-2026-00007',
      ]);
      expect((await walk('/api/contracts', 'status=ended', 5)).map((r) => r.number)).toEqual(['C-2026-00002']);
      expect((await walk('/api/contracts', 'q=00003', 5)).map((r) => r.number)).toEqual(['C-2026-00003']);
      expect((await walk('/api/contracts', `clientId=${elec}&sort=number&dir=desc`, 1)).map((r) => r.number)).toEqual([
        'C-2026-00002',
        'C-2026-00001',
      ]);
    });

    it('refuses a forged cursor, an unknown sort and a bad date with a 400 naming the field', async () => {
      for (const path of ['/api/clients', '/api/quotes', '/api/contracts']) {
        const bad = await get(`${path}?after=bm90LWEtY3Vyc29y`);
        expect(bad.statusCode).toBe(400);
        expect(bad.body).toContain('querystring.after');
        const sort = await get(`${path}?sort=secret`);
        expect(sort.statusCode).toBe(400);
        expect(sort.body).toContain('sort');
      }
      const date = await get('/api/quotes?expiresTo=2026-13-40');
      expect(date.statusCode).toBe(400);
      expect(date.body).toContain('expiresTo');
    });

    it('shows in each quote list of the dashboard exactly the quotes its figure counts', async () => {
      const d = (await get('/api/dashboard')).json();
      const links = dashboardLinks(d);
      const rowsOf = async (link: string) => {
        const [page, query] = link.split('?') as [string, string];
        expect(page).toBe('/quotes');
        return (await walk('/api/quotes', query, 2)).map((r) => r.number);
      };
      const expiring = await rowsOf(links.quotesExpiring);
      expect(expiring.length).toBe(d.quotes.expiringSoon.count);
      expect(expiring.sort()).toEqual(['D-2026-00001', 'D-2026-00002']);
      const toAcknowledge = await rowsOf(links.quotesToAcknowledge);
      expect(toAcknowledge.length).toBe(d.quotes.acceptedToAcknowledge.count);
      expect(toAcknowledge.sort()).toEqual(['D-2026-00005', 'D-2026-00006', 'D-2026-00007']);
      const rental = await rowsOf(links.rentalFiles);
      expect(rental.length).toBe(d.quotes.rentalFilesAwaitingLessor.count);
      expect(rental).toEqual(['D-2026-00006']);
    });

    it('exports the filtered quotes as CSV for French Excel: BOM, semicolons, decimal commas, labels in French', async () => {
      const res = await get('/api/quotes/export?format=csv&status=issued&sort=number&dir=asc&expiresFrom=2026-03-02');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['content-disposition']).toBe('attachment; filename="devis.csv"');
      const bytes = res.rawPayload;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'Numéro;Version;Client;Objet;Statut;Date d’émission;Valable jusqu’au;Montant HT (€);Montant TTC (€)',
      );
      expect(lines).toHaveLength(4);
      expect(lines[1]).toBe('D-2026-00001;1;Zénith Informatique;Objet D-2026-00001;Émis;2026-02-05;2026-03-05;100;120');
      expect(lines[2]).toBe('D-2026-00002;1;Électricité Générale;Objet D-2026-00002;Émis;2026-02-08;2026-03-09;75;90');
    });

    it('exports the filtered clients and contracts as CSV and XLSX, numbers as numbers', async () => {
      const csv = await get('/api/clients/export?format=csv&q=5521');
      expect(csv.statusCode, csv.body).toBe(200);
      const lines = csv.rawPayload.subarray(3).toString('utf8').trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'Raison sociale;SIREN;SIRET;Code postal;Ville;Mode de paiement;Acheteur public;Situation financière;Correspondant désigné;Fin de relation',
      );
      expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(['Atelier Ébène', 'Électricité Générale']);

      const xlsx = await get('/api/contracts/export?format=xlsx&lang=en&sort=number&dir=asc');
      expect(xlsx.statusCode, xlsx.body).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const ws = book.getWorksheet('Contracts')!;
      expect(ws.rowCount).toBe(4);
      expect(ws.getRow(1).getCell(1).value).toBe('Number');
      expect(ws.getRow(1).getCell(6).value).toBe('Status');
      expect(ws.getRow(3).getCell(1).value).toBe('C-2026-00002');
      expect(ws.getRow(3).getCell(6).value).toBe('Ended');
      expect(ws.getRow(3).getCell(7).value).toBe(12);

      const quotesXlsx = await get('/api/quotes/export?format=xlsx&awaiting=lessor');
      const qb = new ExcelJS.Workbook();
      await qb.xlsx.load(quotesXlsx.rawPayload as unknown as ArrayBuffer);
      const qs = qb.getWorksheet('Devis')!;
      expect(qs.rowCount).toBe(2);
      expect(qs.getRow(2).getCell(1).value).toBe('D-2026-00006');
      expect(qs.getRow(2).getCell(9).value).toBe(400);
    });

    it('leaves the prices out of a technician’s contracts export and the financial status out of a client’s', async () => {
      const technician = await t.signIn('technician');
      const res = await t.as(technician, { method: 'GET', url: '/api/contracts/export?format=csv' });
      expect(res.statusCode, res.body).toBe(200);
      const header = res.rawPayload.subarray(3).toString('utf8').split('\r\n')[0];
      expect(header).toBe('Numéro;Client;Devis;Date de commande;Date d’effet;Statut');
      const client = await t.signIn('client', { clientId: zenith });
      const own = await t.as(client, { method: 'GET', url: '/api/clients/export?format=csv' });
      const rows = own.rawPayload.subarray(3).toString('utf8').trimEnd().split('\r\n');
      expect(rows[0]).not.toContain('Situation financière');
      expect(rows).toHaveLength(2);
      expect(rows[1]!.startsWith('Zénith Informatique;')).toBe(true);
    });
  });
}
