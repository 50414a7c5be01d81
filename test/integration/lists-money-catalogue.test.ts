/**
 * The payments, debit notes, users and catalogue lists (issue 17), on both engines: keyset pages
 * in every sort with no row skipped or repeated, their filters, the export of exactly what is
 * filtered (CSV amounts "12,50", XLSX real numbers) and the catalogue search the quote editor's
 * picker uses (accent- and case-insensitive, any of 528 items).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/kernel/ids.ts';
import { searchKey } from '../../src/kernel/search-key.ts';
import { createUser } from '../../src/modules/users/index.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { paymentRow } from '../helpers/seed-invoices.ts';

const AT = '2026-01-01T00:00:00.000Z';
const MEANS = ['bank-transfer', 'direct-debit', 'administrative-mandate', 'other'] as const;

/** The CSV lines of an export (after its BOM). */
function csvLines(bytes: Buffer): string[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
}

async function sheetOf(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

for (const dialect of DIALECTS) {
  describe(`payments, debit notes, users and catalogue lists [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let clients: { zenith: string; elec: string; lefevre: string };

    beforeAll(async () => {
      t = await startTestApi(dialect);
      admin = await t.signIn('admin');
      clients = {
        zenith: await t.createClient('Zénith Informatique'),
        elec: await t.createClient('Électricité Générale'),
        lefevre: await t.createClient('Boulangerie Lefèvre'),
      };
      const order = [clients.zenith, clients.elec, clients.lefevre];
      // 10 payments; two share a date and an amount (ties broken by id).
      await t.ctx.db
        .insertInto('payments')
        .values(
          Array.from({ length: 10 }, (_, k) => ({
            ...paymentRow(t.orgId, {
              clientId: order[k % 3]!,
              receivedOn: k === 4 ? '2026-03-03' : `2026-03-${String(k + 1).padStart(2, '0')}`,
              amountCents: k === 4 ? 30_00 : 1250 + k * 1000,
            }),
            means: MEANS[k % 4]!,
            reference: `VIR-${String(k).padStart(3, '0')}`,
            status: k === 9 ? ('reversed' as const) : ('recorded' as const),
          })),
        )
        .execute();
      // 7 debit notes; the even ones are paid.
      await t.ctx.db
        .insertInto('debit_notes')
        .values(
          Array.from({ length: 7 }, (_, k) => ({
            id: newId(),
            org_id: t.orgId,
            client_id: order[k % 3]!,
            number: `ND-2026-${String(k + 1).padStart(5, '0')}`,
            issue_date: `2026-02-${String(k + 1).padStart(2, '0')}`,
            due_date: `2026-03-${String(k + 1).padStart(2, '0')}`,
            total_cents: 4000 + k * 125,
            paid_cents: k % 2 === 0 ? 4000 + k * 125 : 0,
            terms_version: '2026-01',
            document_sha256: 'a'.repeat(64),
            created_by: 'seed',
            created_at: AT,
          })),
        )
        .execute();
      for (const [name, role] of [
        ['Émile Zola', 'sales'],
        ['anne Dupont', 'accounting'],
        ['Bruno Martin', 'technician'],
        ['Zoé Bernard', 'sales'],
      ] as const)
        await createUser(t.ctx, t.orgId, {
          email: `${searchKey(name).replace(' ', '.')}@test.example`,
          name,
          role,
          password: 'password-long-enough',
        });
      // 528 catalogue items, as many as a real catalogue: the picker must reach any of them.
      await t.ctx.db
        .insertInto('catalogue_items')
        .values(
          Array.from({ length: 528 }, (_, k) => {
            const n = k + 1;
            const name = `Équipement réseau n° ${n}`;
            return {
              id: newId(),
              org_id: t.orgId,
              kind: n % 5 === 0 ? ('service' as const) : ('product' as const),
              category: 'network',
              offer_line: n % 5 === 0 ? null : 'cybersecurity',
              manufacturer: null,
              sku: `NET-${String(n).padStart(4, '0')}`,
              name,
              search_name: searchKey(name),
              description: null,
              indicative_price_cents: 1250 + (n % 7) * 100,
              vat_rate: '20',
              rentable: 0 as const,
              monthly_rent_cents: null,
              maintenance_fee_cents: null,
              warranty_months: null,
              late_cancellation_indemnity_cents: null,
              off_hours_surcharge_percent: null,
              active: 1 as const,
              created_at: AT,
              updated_at: AT,
              solution_kind: n % 5 === 0 ? null : ('hardware' as const),
              licence_users: null,
            };
          }),
        )
        .execute();
    });
    afterAll(() => t.cleanup());

    const get = (url: string) => t.as(admin, { method: 'GET', url });

    /** Every page of a list for this query, following nextCursor; fails on a repeated row. */
    async function walk<T extends { id: string }>(path: string, query: string, limit = 3): Promise<T[]> {
      const rows: T[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const res = await get(`${path}?${query}&limit=${limit}${after ? `&after=${after}` : ''}`);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json() as { items: T[]; nextCursor: string | null };
        expect(body.items.length).toBeLessThanOrEqual(limit);
        rows.push(...body.items);
        after = body.nextCursor;
        pages++;
      } while (after && pages < 400);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      return rows;
    }

    /** Checks that `values` is ordered in `dir` (ties allowed). */
    function expectOrdered<V extends string | number>(values: V[], dir: 'asc' | 'desc') {
      for (let i = 1; i < values.length; i++)
        if (dir === 'asc') expect(values[i - 1]! <= values[i]!, `${values[i - 1]} then ${values[i]}`).toBe(true);
        else expect(values[i - 1]! >= values[i]!, `${values[i - 1]} then ${values[i]}`).toBe(true);
    }

    describe('payments', () => {
      interface P {
        id: string;
        receivedOn: string;
        clientName: string;
        amountCents: number;
        means: string;
        reference: string | null;
        status: string;
      }
      it('pages every sort both ways with no row skipped or repeated', async () => {
        for (const dir of ['asc', 'desc'] as const) {
          const byDate = await walk<P>('/api/payments', `sort=received&dir=${dir}`);
          expect(byDate).toHaveLength(10);
          expectOrdered(
            byDate.map((p) => p.receivedOn),
            dir,
          );
          const byAmount = await walk<P>('/api/payments', `sort=amount&dir=${dir}`, 4);
          expect(byAmount).toHaveLength(10);
          expectOrdered(
            byAmount.map((p) => p.amountCents),
            dir,
          );
          const byRef = await walk<P>('/api/payments', `sort=reference&dir=${dir}`, 2);
          expectOrdered(
            byRef.map((p) => p.reference ?? ''),
            dir,
          );
          expect(await walk<P>('/api/payments', `sort=means&dir=${dir}`)).toHaveLength(10);
        }
        const byClient = await walk<P>('/api/payments', 'sort=client&dir=asc', 4);
        expect([...new Set(byClient.map((p) => p.clientName))]).toEqual([
          'Boulangerie Lefèvre',
          'Électricité Générale',
          'Zénith Informatique',
        ]);
      });

      it('filters by status, means, dates and a folded client name or reference', async () => {
        expect((await walk<P>('/api/payments', 'status=reversed')).map((p) => p.reference)).toEqual(['VIR-009']);
        const debits = await walk<P>('/api/payments', 'means=direct-debit&sort=reference&dir=asc');
        expect(debits.map((p) => p.reference)).toEqual(['VIR-001', 'VIR-005', 'VIR-009']);
        const march = await walk<P>(
          '/api/payments',
          'receivedFrom=2026-03-02&receivedTo=2026-03-03&sort=reference&dir=asc',
        );
        expect(march.map((p) => p.reference)).toEqual(['VIR-001', 'VIR-002', 'VIR-004']);
        const lefevre = await walk<P>('/api/payments', 'q=LEFEVRE&sort=reference&dir=asc');
        expect(lefevre.map((p) => p.reference)).toEqual(['VIR-002', 'VIR-005', 'VIR-008']);
        expect((await walk<P>('/api/payments', 'q=vir-007')).map((p) => p.reference)).toEqual(['VIR-007']);
      });

      it('exports what is filtered: CSV amounts with two decimals, XLSX numbers', async () => {
        const csv = await get('/api/payments/export?format=csv&sort=reference&dir=asc&q=lefevre');
        expect(csv.statusCode, csv.body).toBe(200);
        expect(csv.headers['content-disposition']).toBe('attachment; filename="paiements.csv"');
        const lines = csvLines(csv.rawPayload);
        expect(lines[0]).toBe(
          'Reçu le;Client;Moyen;Référence;Libellé;Montant (€);Imputé (€);Crédit restant (€);Pièces réglées;Statut',
        );
        expect(lines).toHaveLength(4);
        expect(lines[1]).toBe(
          '2026-03-03;Boulangerie Lefèvre;Mandat administratif;VIR-002;;32,50;0,00;32,50;;Enregistré',
        );
        const xlsx = await get('/api/payments/export?format=xlsx&lang=en&sort=amount&dir=asc');
        expect(xlsx.statusCode).toBe(200);
        const ws = await sheetOf(xlsx.rawPayload);
        expect(ws.rowCount).toBe(11);
        expect(ws.getRow(1).getCell(6).value).toBe('Amount (€)');
        expect(ws.getRow(2).getCell(6).value).toBe(12.5);
        expect(ws.getRow(2).getCell(6).numFmt).toBe('#,##0.00');
      });

      it('shows a client user its own company only', async () => {
        const client = await t.signIn('client', { clientId: clients.elec });
        const res = await t.as(client, { method: 'GET', url: '/api/payments?limit=50' });
        const names = new Set((res.json().items as P[]).map((p) => p.clientName));
        expect([...names]).toEqual(['Électricité Générale']);
      });
    });

    describe('debit notes', () => {
      interface D {
        id: string;
        number: string;
        clientName: string;
        issueDate: string;
        totalCents: number;
        status: 'open' | 'paid';
      }
      it('pages every sort both ways with no row skipped or repeated', async () => {
        for (const dir of ['asc', 'desc'] as const) {
          for (const [sort, key] of [
            ['number', 'number'],
            ['issued', 'issueDate'],
            ['amount', 'totalCents'],
            ['status', 'status'],
          ] as const) {
            const rows = await walk<D>('/api/debit-notes', `sort=${sort}&dir=${dir}`, 2);
            expect(rows).toHaveLength(7);
            expectOrdered(
              rows.map((r) => r[key]),
              dir,
            );
          }
        }
        const byClient = await walk<D>('/api/debit-notes', 'sort=client&dir=desc', 3);
        expect([...new Set(byClient.map((d) => d.clientName))]).toEqual([
          'Zénith Informatique',
          'Électricité Générale',
          'Boulangerie Lefèvre',
        ]);
      });

      it('filters by status, issue dates and a folded number or client name', async () => {
        const paid = await walk<D>('/api/debit-notes', 'status=paid&sort=number&dir=asc');
        expect(paid.map((d) => d.number)).toEqual(['ND-2026-00001', 'ND-2026-00003', 'ND-2026-00005', 'ND-2026-00007']);
        expect(await walk<D>('/api/debit-notes', 'status=open')).toHaveLength(3);
        // "Today" is after every due date of March 2026 in the tests' clock, or before: either way open ⊇ overdue.
        expect((await walk<D>('/api/debit-notes', 'status=overdue')).length).toBeLessThanOrEqual(3);
        const early = await walk<D>(
          '/api/debit-notes',
          'issuedFrom=2026-02-02&issuedTo=2026-02-03&sort=number&dir=asc',
        );
        expect(early.map((d) => d.number)).toEqual(['ND-2026-00002', 'ND-2026-00003']);
        const elec = await walk<D>('/api/debit-notes', 'q=electricite&sort=number&dir=asc');
        expect(elec.map((d) => d.number)).toEqual(['ND-2026-00002', 'ND-2026-00005']);
        expect((await walk<D>('/api/debit-notes', 'q=nd-2026-00006')).map((d) => d.number)).toEqual(['ND-2026-00006']);
      });

      it('exports what is filtered with amounts in euros and two decimals', async () => {
        const csv = await get('/api/debit-notes/export?format=csv&sort=number&dir=asc&status=open');
        expect(csv.statusCode, csv.body).toBe(200);
        const lines = csvLines(csv.rawPayload);
        expect(lines[0]).toBe('Numéro;Client;Date d’émission;Échéance;Montant (€);Payé (€);Reste dû (€);État');
        expect(lines.slice(1)).toEqual([
          'ND-2026-00002;Électricité Générale;2026-02-02;2026-03-02;41,25;0,00;41,25;À payer',
          'ND-2026-00004;Zénith Informatique;2026-02-04;2026-03-04;43,75;0,00;43,75;À payer',
          'ND-2026-00006;Boulangerie Lefèvre;2026-02-06;2026-03-06;46,25;0,00;46,25;À payer',
        ]);
        const xlsx = await get('/api/debit-notes/export?format=xlsx&sort=number&dir=asc');
        const ws = await sheetOf(xlsx.rawPayload);
        expect(ws.rowCount).toBe(8);
        expect(ws.getRow(3).getCell(5).value).toBe(41.25);
        expect(ws.getRow(3).getCell(5).numFmt).toBe('#,##0.00');
      });
    });

    describe('users', () => {
      interface U {
        id: string;
        name: string;
        email: string;
        role: string;
        disabled: boolean;
      }
      it('pages by name, e-mail and role with no row skipped or repeated', async () => {
        const all = await walk<U>('/api/users', 'sort=email&dir=asc', 100);
        for (const sort of ['name', 'email', 'role'] as const)
          for (const dir of ['asc', 'desc'] as const) {
            const rows = await walk<U>('/api/users', `sort=${sort}&dir=${dir}`, 2);
            expect(rows).toHaveLength(all.length);
            expectOrdered(
              rows.map((u) => (sort === 'name' ? u.name.toLowerCase() : u[sort])),
              dir,
            );
          }
        // Case folded: "anne Dupont" comes before "Bruno Martin".
        const names = (await walk<U>('/api/users', 'sort=name&dir=asc', 100)).map((u) => u.name);
        expect(names.indexOf('anne Dupont')).toBeLessThan(names.indexOf('Bruno Martin'));
      });

      it('filters by role, state and text, and exports what is filtered', async () => {
        const sales = await walk<U>('/api/users', 'role=sales&sort=name&dir=asc');
        expect(sales.map((u) => u.name)).toEqual(
          ['Zoé Bernard', 'Émile Zola'].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
        );
        expect((await walk<U>('/api/users', 'q=DUPONT')).map((u) => u.name)).toEqual(['anne Dupont']);
        expect(await walk<U>('/api/users', 'state=disabled')).toHaveLength(0);
        const csv = await get('/api/users/export?format=csv&q=dupont');
        expect(csv.statusCode, csv.body).toBe(200);
        const lines = csvLines(csv.rawPayload);
        expect(lines[0]).toBe('Nom;E-mail;Rôle;Société cliente;État;Créé le');
        expect(lines[1]).toMatch(/^anne Dupont;anne\.dupont@test\.example;Comptabilité;;Actif;\d{4}-\d\d-\d\d$/);
        const ws = await sheetOf((await get('/api/users/export?format=xlsx&lang=en&role=sales')).rawPayload);
        expect(ws.rowCount).toBe(3);
        expect(ws.getRow(2).getCell(3).value).toBe('Sales');
      });

      it('is for administrators only', async () => {
        const sales = await t.signIn('sales');
        expect((await t.as(sales, { method: 'GET', url: '/api/users' })).statusCode).toBe(403);
        expect((await t.as(sales, { method: 'GET', url: '/api/users/export' })).statusCode).toBe(403);
      });
    });

    describe('catalogue', () => {
      interface I {
        id: string;
        sku: string;
        name: string;
        kind: string;
        indicativePriceCents: number;
      }
      it('pages 528 items in every sort with no row skipped or repeated', async () => {
        const byName = await walk<I>('/api/catalogue', 'category=network&sort=name&dir=asc', 100);
        expect(byName).toHaveLength(528);
        expectOrdered(
          byName.map((i) => searchKey(i.name)),
          'asc',
        );
        const byRef = await walk<I>('/api/catalogue', 'category=network&sort=reference&dir=desc', 100);
        expect(byRef.map((i) => i.sku)).toEqual(
          Array.from({ length: 528 }, (_, k) => `NET-${String(528 - k).padStart(4, '0')}`),
        );
        const byPrice = await walk<I>('/api/catalogue', 'category=network&sort=price&dir=asc', 100);
        expect(byPrice).toHaveLength(528);
        expectOrdered(
          byPrice.map((i) => i.indicativePriceCents),
          'asc',
        );
        const byKind = await walk<I>('/api/catalogue', 'category=network&sort=kind&dir=desc', 100);
        expect(byKind).toHaveLength(528);
        expectOrdered(
          byKind.map((i) => i.kind),
          'desc',
        );
      });

      it('sorts names in French order: an accented initial among plain ones', async () => {
        for (const name of ['Zénith routeur', 'Écran tactile', 'Agrafeuse'])
          expect(
            (
              await t.as(admin, {
                method: 'POST',
                url: '/api/catalogue',
                payload: {
                  kind: 'product',
                  category: 'office',
                  offerLine: 'cybersecurity',
                  solutionKind: 'hardware',
                  sku: `FR-${searchKey(name).slice(0, 5)}`,
                  name,
                  indicativePriceCents: 100,
                  vatRatePercent: '20',
                },
              })
            ).body,
          ).toContain('"item"');
        const names = (await walk<I>('/api/catalogue', 'category=office&sort=name&dir=asc')).map((i) => i.name);
        expect(names).toEqual(['Agrafeuse', 'Écran tactile', 'Zénith routeur']);
      });

      it("finds item 510 of 528 as the quote editor's picker asks: accents and case folded", async () => {
        const res = await get('/api/catalogue?active=true&limit=20&q=EQUIPEMENT%20RESEAU%20N%C2%B0%20510');
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json() as { items: I[]; total: number };
        expect(body.items.map((i) => i.sku)).toEqual(['NET-0510']);
        expect(body.total).toBe(1);
        const bySku = await get('/api/catalogue?limit=20&q=net-051');
        expect((bySku.json().items as I[]).map((i) => i.sku)).toEqual([
          'NET-0510',
          'NET-0511',
          'NET-0512',
          'NET-0513',
          'NET-0514',
          'NET-0515',
          'NET-0516',
          'NET-0517',
          'NET-0518',
          'NET-0519',
        ]);
      });

      it('exports what is filtered: prices with two decimals in CSV, numbers in XLSX', async () => {
        const csv = await get('/api/catalogue/export?format=csv&sort=reference&q=net-000');
        expect(csv.statusCode, csv.body).toBe(200);
        const lines = csvLines(csv.rawPayload);
        expect(lines[0]).toBe(
          'Référence;Désignation;Type;Catégorie;Fabricant;Prix indicatif HT (€);TVA (%);Loyer mensuel HT (€);Maintenance mensuelle HT (€);Actif',
        );
        expect(lines).toHaveLength(10);
        expect(lines[1]).toBe('NET-0001;Équipement réseau n° 1;Produit;network;;13,50;20;;;Oui');
        expect(lines[5]).toBe('NET-0005;Équipement réseau n° 5;Prestation;network;;17,50;20;;;Oui');
        const ws = await sheetOf((await get('/api/catalogue/export?format=xlsx&sort=reference&q=net-000')).rawPayload);
        expect(ws.rowCount).toBe(10);
        expect(ws.getRow(2).getCell(6).value).toBe(13.5);
        expect(ws.getRow(2).getCell(6).numFmt).toBe('#,##0.00');
      });

      it('refuses a forged cursor with a 400 naming the field', async () => {
        const bad = await get('/api/catalogue?after=bm90LWEtY3Vyc29y');
        expect(bad.statusCode).toBe(400);
        expect(bad.body).toContain('querystring.after');
      });
    });
  });
}
