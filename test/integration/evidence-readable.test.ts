/**
 * A readable evidence log (issue 17), on both engines: an acceptance in the portal told in
 * French with the quote's number and the client user's name, its link and filters (client,
 * kind, period), keyset pages, and the export of the filtered selection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { acceptInPortal, issuedQuote, seedCatalogue, threeLines } from '../helpers/quotes.ts';

for (const dialect of DIALECTS) {
  describe(`readable evidence log [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let clientId: string;
    let otherId: string;
    let quoteNumber: string;

    beforeAll(async () => {
      t = await startTestApi(dialect);
      admin = await t.signIn('admin');
      const sales = await t.signIn('sales');
      const cat = await seedCatalogue(t, admin);
      clientId = await t.createClient('Boulangerie Lefèvre');
      otherId = await t.createClient('Autre Client SA');
      const clientUser = await t.signIn('client', { clientId });
      const q = await issuedQuote(t, sales, clientId, threeLines(cat));
      quoteNumber = q.number;
      const acc = await acceptInPortal(t, clientUser, q.id);
      expect(acc.statusCode, acc.body).toBe(200);
      const other = await issuedQuote(t, sales, otherId, threeLines(cat));
      expect(other.number).not.toBe(quoteNumber);
    });
    afterAll(() => t.cleanup());

    const get = (url: string) => t.as(admin, { method: 'GET', url });

    it('tells who did what in French, with the article and a link to the object', async () => {
      const res = await get(`/api/evidence?kind=document.received&clientId=${clientId}`);
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().items;
      expect(items).toHaveLength(1);
      expect(items[0].what.fr).toBe(`Devis ${quoteNumber} accepté dans l’espace client`);
      expect(items[0].who.fr).toMatch(/^client \d+ \(espace client\)$/);
      expect(items[0].link).toBe(`/quotes/${items[0].objectId}`);
      expect(items[0].objectLabel).toBe(quoteNumber);
    });

    it('filters by client and period, pages with a cursor', async () => {
      const mine = (await get(`/api/evidence?clientId=${clientId}&limit=500`)).json().items as {
        what: { fr: string };
      }[];
      const others = (await get(`/api/evidence?clientId=${otherId}&limit=500`)).json().items as {
        what: { fr: string };
      }[];
      expect(mine.length).toBeGreaterThan(0);
      expect(others.length).toBeGreaterThan(0);
      expect(mine.some((e) => e.what.fr.includes(quoteNumber))).toBe(true);
      expect(others.some((e) => e.what.fr.includes(quoteNumber))).toBe(false);
      expect((await get('/api/evidence?to=2020-01-01')).json().items).toEqual([]);
      const all = (await get('/api/evidence?limit=500')).json().items as { seq: number }[];
      const first = (await get('/api/evidence?limit=2')).json();
      const second = (await get(`/api/evidence?limit=2&after=${first.nextCursor}`)).json();
      expect([...first.items, ...second.items].map((e: { seq: number }) => e.seq)).toEqual(
        all.slice(0, 4).map((e) => e.seq),
      );
      expect((await get('/api/evidence?after=junk')).statusCode).toBe(400);
    });

    it('exports the filtered selection as CSV', async () => {
      const res = await get(`/api/evidence/entries/export?format=csv&kind=document.received`);
      expect(res.statusCode, res.body).toBe(200);
      const text = res.rawPayload.subarray(3).toString('utf8');
      const lines = text.trimEnd().split('\r\n');
      expect(lines[0]).toBe('N°;Date (UTC);Qui;Quoi;Article;Type;Empreinte');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(`Devis ${quoteNumber} accepté dans l’espace client`);
    });
  });
}
