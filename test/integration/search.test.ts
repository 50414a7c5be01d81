/**
 * Search that finds (issue 17), on both engines: accent-, case- and ligature-insensitive client
 * search through the search key the clients module keeps (ADR 0028), French order of names,
 * keyset pages over 528 clients (client 510 findable by typing), a renamed client found by its
 * new name, the migration giving existing clients their key, and the global search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateUpTo } from '../../src/db/migrate.ts';
import { searchKey } from '../../src/kernel/search-key.ts';
import { newId } from '../../src/kernel/ids.ts';
import { DIALECTS, scratchDatabase } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';

/** Valid SIRENs (Luhn) for the clients created through the API. */
const SIRENS = ['552081317', '732829320', '542065479', '443061841'];

for (const dialect of DIALECTS) {
  describe(`search [${dialect}]`, () => {
    let t: TestApi;
    let sales: Session;
    const ids: Record<string, string> = {};
    const names = (res: { json(): { items: { legalName: string }[] } }) => res.json().items.map((c) => c.legalName);
    const list = (query: string, s: Session = sales) => t.as(s, { method: 'GET', url: `/api/clients?${query}` });

    beforeAll(async () => {
      t = await startTestApi(dialect);
      sales = await t.signIn('sales');
      const make = async (legalName: string, siren: string) => {
        const res = await t.as(sales, {
          method: 'POST',
          url: '/api/clients',
          payload: {
            legalName,
            siren,
            billingAddress: { line: '1 rue du Port', postalCode: '69001', city: 'Lyon' },
            contacts: [{ name: 'Contact', email: 'contact@example.com', correspondent: true }],
          },
        });
        expect(res.statusCode, res.body).toBe(201);
        ids[legalName] = res.json().client.id;
      };
      await make('Zénith Informatique', SIRENS[0]!);
      await make('Électricité Générale du Rhône', SIRENS[1]!);
      await make('Boulangerie Lefèvre', SIRENS[2]!);
      await make('Eau et Œuvres SARL', SIRENS[3]!);
    });
    afterAll(() => t.cleanup());

    it('finds the same clients whatever the accents and the case', async () => {
      for (const q of ['Électricité', 'electricite', 'ELECTRICITE', 'éLeCtRiCiTé', 'generale du rhone']) {
        const res = await list(`q=${encodeURIComponent(q)}`);
        expect(res.statusCode, res.body).toBe(200);
        expect(names(res), q).toEqual(['Électricité Générale du Rhône']);
      }
      expect(names(await list('q=lefevre'))).toEqual(['Boulangerie Lefèvre']);
      expect(names(await list('q=LEFÈVRE'))).toEqual(['Boulangerie Lefèvre']);
      expect(names(await list(`q=${encodeURIComponent('oeuvres')}`))).toEqual(['Eau et Œuvres SARL']);
      // Digits still search the SIREN by prefix.
      expect(names(await list('q=7328'))).toEqual(['Électricité Générale du Rhône']);
      // LIKE wildcards typed by the user are literal.
      expect(names(await list('q=%25'))).toEqual([]);
    });

    it('sorts names in French order: Électricité before Zénith', async () => {
      expect(names(await list('limit=10'))).toEqual([
        'Boulangerie Lefèvre',
        'Eau et Œuvres SARL',
        'Électricité Générale du Rhône',
        'Zénith Informatique',
      ]);
    });

    it('finds a renamed client by its new name only', async () => {
      const id = ids['Zénith Informatique']!;
      const res = await t.as(sales, {
        method: 'PATCH',
        url: `/api/clients/${id}`,
        payload: { legalName: 'Ångström Réseaux' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(names(await list('q=angstrom reseaux'))).toEqual(['Ångström Réseaux']);
      expect(names(await list('q=zenith'))).toEqual([]);
      expect(names(await list('limit=1'))[0]).toBe('Ångström Réseaux');
    });

    it('the global search finds clients by name or SIREN and documents by number or client name; staff only', async () => {
      const q = (text: string, s: Session = sales) =>
        t.as(s, { method: 'GET', url: `/api/search?q=${encodeURIComponent(text)}` });
      const res = await q('ELECTRICITE');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().items).toEqual([
        {
          kind: 'client',
          id: ids['Électricité Générale du Rhône'],
          label: 'Électricité Générale du Rhône',
          detail: '732829320 · Lyon',
        },
      ]);
      expect((await q('443 061')).json().items.map((h: { label: string }) => h.label)).toEqual(['Eau et Œuvres SARL']);
      // A document of the client is found by its number and by the client's name.
      const accounting = await t.signIn('accounting');
      const draft = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId: ids['Boulangerie Lefèvre'],
          lines: [
            { label: 'Prestation', nature: 'services', quantity: 1, unitPriceCents: 10000, vatRatePercent: '20' },
          ],
        },
      });
      expect(draft.statusCode, draft.body).toBe(201);
      const issued = await t.as(accounting, { method: 'POST', url: `/api/invoices/${draft.json().invoice.id}/issue` });
      expect(issued.statusCode, issued.body).toBe(200);
      const number: string = issued.json().invoice.number;
      const byNumber = (await q(number.toLowerCase())).json().items;
      expect(byNumber).toEqual([
        { kind: 'invoice', id: draft.json().invoice.id, label: number, detail: 'Boulangerie Lefèvre' },
      ]);
      const byName = (await q('lefevre')).json().items.map((h: { kind: string }) => h.kind);
      expect(byName).toEqual(['client', 'invoice']);
      expect((await q('rien de tel')).json().items).toEqual([]);
      const client = await t.signIn('client', { clientId: ids['Boulangerie Lefèvre'] });
      expect((await q('lefevre', client)).statusCode).toBe(403);
      const empty = await t.as(sales, { method: 'GET', url: '/api/search?q=' });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().errors[0].path).toBe('querystring.q');
    });

    it('pages 528 clients with a keyset cursor; client 510 is found by typing', async () => {
      const now = t.ctx.now().toISOString();
      const rows = Array.from({ length: 524 }, (_, i) => {
        const legalName = `Société Numéro ${String(i + 5).padStart(3, '0')}`;
        return {
          id: newId(),
          org_id: t.orgId,
          legal_name: legalName,
          search_name: searchKey(legalName),
          siren: '552081317',
          siret: null,
          vat_number: null,
          address_line: '1 rue du Test',
          postal_code: '75001',
          city: 'Paris',
          country: 'FR',
          email: null,
          phone: null,
          relationship_ended_on: null,
          anonymised_at: null,
          created_at: now,
          updated_at: now,
          site_address_line: null,
          site_postal_code: null,
          site_city: null,
          site_country: null,
          iban: null,
          bic: null,
          mandate_reference: null,
          mandate_signed_on: null,
          correspondent_contact_id: null,
          relationship_end_set_by: null,
          relationship_end_set_at: null,
        };
      });
      for (let i = 0; i < rows.length; i += 100)
        await t.ctx.db
          .insertInto('clients')
          .values(rows.slice(i, i + 100))
          .execute();
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await list(`limit=100${cursor ? `&after=${cursor}` : ''}`);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json();
        expect(body.total).toBe(528);
        seen.push(...body.items.map((c: { id: string }) => c.id));
        cursor = body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(6);
      expect(seen).toHaveLength(528);
      expect(new Set(seen).size).toBe(528);
      const found = await list(`q=${encodeURIComponent('societe numero 510')}`);
      expect(names(found)).toEqual(['Société Numéro 510']);
      const bad = await list('after=not-a-cursor');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe('querystring.after');
    });
  });

  describe(`migration 0019_search_keys [${dialect}]`, () => {
    it('gives every existing client the search key of its legal name', async () => {
      const handle = await scratchDatabase(dialect);
      try {
        await migrateUpTo(handle.db, '0013_least_privilege');
        await handle.db
          .insertInto('organisations')
          .values({
            id: 'org-1',
            name: 'ALLEO',
            legal_form: 'SASU',
            share_capital_cents: null,
            address_line: '20 rue Troyon',
            postal_code: '92310',
            city: 'Sèvres',
            country: 'FR',
            siren: '481422475',
            siret: null,
            vat_number: 'FR02481422475',
            rcs: null,
            iban: 'FR7630006000011234567890189',
            bic: null,
            email: null,
            phone: null,
            created_at: '2025-01-01T08:00:00.000Z',
            vat_on_debits: 0,
            sepa_creditor_id: 'FR70ZZZ481422',
          })
          .execute();
        await handle.db
          .insertInto('clients')
          .values({
            id: 'c-1',
            org_id: 'org-1',
            legal_name: 'Électricité  Générale',
            siren: '552081317',
            siret: null,
            vat_number: null,
            address_line: '12 rue de la Gare',
            postal_code: '71000',
            city: 'Mâcon',
            country: 'FR',
            email: null,
            phone: null,
            relationship_ended_on: null,
            anonymised_at: null,
            created_at: '2025-02-01T10:00:00.000Z',
            updated_at: '2025-02-01T10:00:00.000Z',
          } as never)
          .execute();
        expect(await migrateUpTo(handle.db, '0019_search_keys')).toEqual(['0019_search_keys']);
        const row = await handle.db.selectFrom('clients').select(['search_name']).executeTakeFirstOrThrow();
        expect(row.search_name).toBe('electricite generale');
      } finally {
        await handle.close();
      }
    });
  });
}
