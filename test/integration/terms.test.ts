/** Terms versions: the ALLEO profile v1, drafts, publication, immutability, the version in force. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';

for (const dialect of DIALECTS) {
  describe(`terms versions [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    beforeAll(async () => {
      t = await startTestApi(dialect);
      admin = await t.signIn('admin');
      sales = await t.signIn('sales');
    });
    afterAll(() => t.cleanup());

    it('ships the ALLEO profile v1 with every parameter tied to its article', async () => {
      const list = await t.as(sales, { method: 'GET', url: '/api/terms' });
      expect(list.json().items).toEqual([expect.objectContaining({ version: 'ALLEO-1', status: 'published' })]);
      const v1 = (await t.as(sales, { method: 'GET', url: '/api/terms/ALLEO-1' })).json();
      const byKey = Object.fromEntries(
        v1.parameters.map((p: { key: string; value: unknown; article: string }) => [p.key, p]),
      );
      expect(byKey.quoteValidityDays).toMatchObject({ value: 30, article: '3.1' });
      expect(byKey.paymentTermDays).toMatchObject({ value: 30, article: '10.1' });
      expect(byKey.recoveryIndemnityCents).toMatchObject({ value: 4000, article: '10.3' });
      expect(byKey.cureDays).toMatchObject({ value: 30, article: '15.2' });
      expect(byKey.court.value).toBe('Tribunal de commerce de Mâcon');
      const numbers = v1.articles.map((a: { number: string }) => a.number);
      for (let n = 1; n <= 22; n++) expect(numbers).toContain(String(n));
      expect(numbers).toContain('annex');
    });

    it('publishes a new version with another parameter; the old one still governs earlier dates', async () => {
      const draft = await t.as(admin, {
        method: 'POST',
        url: '/api/terms',
        payload: { version: 'ALLEO-2', effectiveFrom: '2026-06-01', parameters: { quoteValidityDays: 45 } },
      });
      expect(draft.statusCode, draft.body).toBe(201);
      expect(draft.json()).toMatchObject({ status: 'draft', basedOn: 'ALLEO-1' });
      const patched = await t.as(admin, {
        method: 'PATCH',
        url: '/api/terms/ALLEO-2',
        payload: { parameters: { paymentTermDays: 45 } },
      });
      expect(patched.statusCode).toBe(200);
      const published = await t.as(admin, { method: 'POST', url: '/api/terms/ALLEO-2/publish' });
      expect(published.statusCode, published.body).toBe(200);
      expect(published.json().status).toBe('published');
      const before = await t.as(sales, {
        method: 'POST',
        url: '/api/rules/quote.validity/evaluate',
        payload: { asOf: '2026-05-31', facts: { issueDate: '2026-05-31' } },
      });
      expect(before.json()).toMatchObject({ expiresOn: '2026-06-30', citation: { termsVersion: 'ALLEO-1' } });
      const after = await t.as(sales, {
        method: 'POST',
        url: '/api/rules/quote.validity/evaluate',
        payload: { asOf: '2026-06-01', facts: { issueDate: '2026-06-01' } },
      });
      expect(after.json()).toMatchObject({ expiresOn: '2026-07-16', citation: { termsVersion: 'ALLEO-2' } });
      const inForce = await t.as(sales, { method: 'GET', url: '/api/terms/in-force?date=2026-06-15' });
      expect(inForce.json().version).toBe('ALLEO-2');
      const ev = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('kind', '=', 'terms.published')
        .execute();
      expect(ev).toHaveLength(1);
    });

    it('refuses any change to a published version, with a clear error', async () => {
      for (const version of ['ALLEO-1', 'ALLEO-2']) {
        const res = await t.as(admin, {
          method: 'PATCH',
          url: `/api/terms/${version}`,
          payload: { parameters: { quoteValidityDays: 10 } },
        });
        expect(res.statusCode).toBe(409);
        expect(res.json()).toMatchObject({
          code: 'terms.published_immutable',
          title: 'Une version publiée des CGV ne peut pas être modifiée',
        });
      }
      const again = await t.as(admin, { method: 'POST', url: '/api/terms/ALLEO-1/publish' });
      expect(again.statusCode).toBe(409);
      const v1 = (await t.as(sales, { method: 'GET', url: '/api/terms/ALLEO-1' })).json();
      expect(v1.parameters.find((p: { key: string }) => p.key === 'quoteValidityDays').value).toBe(30);
    });

    it('refuses invalid parameters naming the field, and retroactive publication', async () => {
      const bad = await t.as(admin, {
        method: 'POST',
        url: '/api/terms',
        payload: {
          version: 'BAD',
          effectiveFrom: '2027-01-01',
          parameters: { quoteValidityDays: -1, ecbRateRule: 'monthly' },
        },
      });
      expect(bad.statusCode).toBe(400);
      expect([...new Set(bad.json().errors.map((e: { path: string }) => e.path))].sort()).toEqual([
        'parameters.ecbRateRule',
        'parameters.quoteValidityDays',
      ]);
      const past = await t.as(admin, {
        method: 'POST',
        url: '/api/terms',
        payload: { version: 'PAST', effectiveFrom: '2025-01-01' },
      });
      expect(past.statusCode).toBe(201);
      const pub = await t.as(admin, { method: 'POST', url: '/api/terms/PAST/publish' });
      expect(pub.statusCode).toBe(400);
      expect(pub.json().errors[0].path).toBe('effectiveFrom');
    });

    it('a client user sees published versions only: a draft is neither listed nor readable (404)', async () => {
      const draft = await t.as(admin, {
        method: 'POST',
        url: '/api/terms',
        payload: { version: 'DRAFT-X', effectiveFrom: '2028-01-01' },
      });
      expect(draft.statusCode, draft.body).toBe(201);
      const client = await t.signIn('client');
      const list = await t.as(client, { method: 'GET', url: '/api/terms' });
      expect(list.statusCode).toBe(200);
      const versions = list.json().items.map((v: { version: string; status: string }) => v.version);
      expect(versions).toContain('ALLEO-1');
      expect(versions).not.toContain('DRAFT-X');
      expect(list.json().items.every((v: { status: string }) => v.status === 'published')).toBe(true);
      const one = await t.as(client, { method: 'GET', url: '/api/terms/DRAFT-X' });
      expect(one.statusCode).toBe(404);
      expect(one.json().code).toBe('terms.not_found');
      expect((await t.as(client, { method: 'GET', url: '/api/terms/ALLEO-1' })).statusCode).toBe(200);
      // Staff still see the draft.
      expect(
        (await t.as(sales, { method: 'GET', url: '/api/terms' }))
          .json()
          .items.map((v: { version: string }) => v.version),
      ).toContain('DRAFT-X');
      expect((await t.as(sales, { method: 'GET', url: '/api/terms/DRAFT-X' })).statusCode).toBe(200);
    });

    it('only admins draft and publish', async () => {
      const res = await t.as(sales, {
        method: 'POST',
        url: '/api/terms',
        payload: { version: 'X', effectiveFrom: '2027-01-01' },
      });
      expect(res.statusCode).toBe(403);
    });

    it('lists the ECB rates and the rate rule in force', async () => {
      const res = await t.as(sales, { method: 'GET', url: '/api/rates/ecb' });
      expect(res.statusCode).toBe(200);
      expect(res.json().rule).toBe('semester');
      const items = res.json().items;
      expect(items[0]).toMatchObject({ effectiveFrom: '1999-01-01', source: 'shipped' });
      expect(items.at(-1).ratePercent).toBe('2.15');
    });
  });
}
