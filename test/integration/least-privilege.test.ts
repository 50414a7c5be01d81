/**
 * Least privilege (issue #16): bank details masked for the roles that do not collect payments,
 * the end of a relationship decided by the roles that own it and recorded, bearer tokens that
 * expire, and the client's address behind a trusted reverse proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../../src/config.ts';
import { buildServer } from '../../src/http/server.ts';
import { ROLES, type Role } from '../../src/modules/auth/index.ts';
import { createUser } from '../../src/modules/users/index.ts';
import { DIALECTS } from '../helpers/db.ts';
import { formedContract } from '../helpers/invoices.ts';
import { seedCatalogue } from '../helpers/quotes.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';

const IBAN = 'FR7630004000031234567890143';
const BIC = 'BNPAFRPPXXX';
const client = (legalName: string) => ({
  legalName,
  siren: '552081317',
  billingAddress: { line: '12 rue de la Gare', postalCode: '71000', city: 'Mâcon' },
  paymentMethod: 'direct-debit',
  iban: IBAN,
  bic: BIC,
  mandateReference: `RUM-${legalName.length}`,
  mandateSignedOn: '2026-02-01',
});

for (const dialect of DIALECTS) {
  describe(`least privilege [${dialect}]`, () => {
    let t: TestApi;
    const sessions = new Map<Role, Session>();
    const as = (role: Role) => sessions.get(role)!;
    beforeAll(async () => {
      t = await startTestApi(dialect);
      for (const role of ROLES.filter((r) => r !== 'client')) sessions.set(role, await t.signIn(role));
    });
    afterAll(() => t.cleanup());

    it('shows client IBANs and BICs in full only to the roles that collect payments (admin, accounting)', async () => {
      const created = await t.as(as('accounting'), {
        method: 'POST',
        url: '/api/clients',
        payload: client('Banque Visible SAS'),
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().client.id;
      sessions.set('client', await t.signIn('client', { clientId: id }));
      for (const role of ROLES) {
        const res = await t.as(as(role), { method: 'GET', url: `/api/clients/${id}` });
        expect(res.statusCode, role).toBe(200);
        const c = res.json().client;
        if (role === 'admin' || role === 'accounting') {
          expect(c, role).toMatchObject({ iban: IBAN, bic: BIC, paymentDetailsMasked: false });
        } else {
          expect(c, role).toMatchObject({
            iban: 'FR76 ******************* 0143',
            bic: 'BNPA*******',
            paymentDetailsMasked: true,
          });
          expect(res.body, role).not.toContain('3000400003123456789');
        }
      }
      // A writer that does not collect payments keeps the details by leaving them out of a change.
      const patched = await t.as(as('order-admin'), {
        method: 'PATCH',
        url: `/api/clients/${id}`,
        payload: { phone: '+33 3 85 00 00 09' },
      });
      expect(patched.statusCode, patched.body).toBe(200);
      const stored = await t.ctx.db
        .selectFrom('clients')
        .select(['iban', 'bic'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ iban: IBAN, bic: BIC });
    });

    it('lets only admin, sales and the DPO end a relationship, and records who did it and when', async () => {
      const id = (
        await t.as(as('sales'), { method: 'POST', url: '/api/clients', payload: client('Fin De Relation SARL') })
      ).json().client.id;
      const put = (role: Role, endedOn: string | null) =>
        t.as(as(role), { method: 'PUT', url: `/api/clients/${id}/relationship-end`, payload: { endedOn } });
      for (const role of ['order-admin', 'accounting', 'technician'] as const) {
        const res = await put(role, '2026-01-31');
        expect(res.statusCode, role).toBe(403);
      }
      t.setNow('2026-03-02T10:00:00Z');
      const byDpo = await put('dpo', '2026-01-31');
      expect(byDpo.statusCode, byDpo.body).toBe(200);
      const dpo = as('dpo');
      expect(byDpo.json().client).toMatchObject({
        relationshipEndedOn: '2026-01-31',
        relationshipEndSet: {
          by: { id: dpo.userId, name: expect.stringContaining('dpo') },
          at: '2026-03-02T10:00:00.000Z',
        },
      });
      t.setNow('2026-03-02T11:00:00Z');
      const bySales = await put('sales', null);
      expect(bySales.statusCode).toBe(200);
      expect(bySales.json().client).toMatchObject({
        relationshipEndedOn: null,
        relationshipEndSet: { by: { id: as('sales').userId }, at: '2026-03-02T11:00:00.000Z' },
      });
      expect((await put('admin', '2026-02-28')).statusCode).toBe(200);
      const entries = await t.ctx.db
        .selectFrom('evidence_entries')
        .select(['actor', 'decision_json'])
        .where('object_id', '=', id)
        .where('kind', '=', 'client.relationship-end')
        .orderBy('seq')
        .execute();
      expect(entries.map((e) => [e.actor, JSON.parse(e.decision_json!)])).toEqual([
        [dpo.userId, { article: '17.2', endedOn: '2026-01-31', previous: null }],
        [as('sales').userId, { article: '17.2', endedOn: null, previous: '2026-01-31' }],
        [as('admin').userId, { article: '17.2', endedOn: '2026-02-28', previous: null }],
      ]);
      t.setNow('2026-03-02T09:00:00Z');
    });

    it('gives bearer tokens an expiry (a year by default, or as chosen), lists it, and refuses an expired token with 401', async () => {
      t.setNow('2026-03-02T09:00:00Z');
      const s = as('order-admin');
      const byDefault = await t.as(s, { method: 'POST', url: '/api/tokens', payload: { name: 'default life' } });
      expect(byDefault.statusCode, byDefault.body).toBe(201);
      expect(byDefault.json().expiresAt).toBe('2027-03-02T09:00:00.000Z');
      const short = await t.as(s, {
        method: 'POST',
        url: '/api/tokens',
        payload: { name: 'a week', expiresInDays: 7 },
      });
      expect(short.json().expiresAt).toBe('2026-03-09T09:00:00.000Z');
      for (const bad of [0, 1826, 1.5, '30']) {
        const res = await t.as(s, { method: 'POST', url: '/api/tokens', payload: { name: 'bad', expiresInDays: bad } });
        expect(res.statusCode, String(bad)).toBe(400);
      }
      const list = (await t.as(s, { method: 'GET', url: '/api/tokens' })).json().items;
      expect(list.find((x: { id: string }) => x.id === short.json().id)).toMatchObject({
        name: 'a week',
        expiresAt: '2026-03-09T09:00:00.000Z',
      });

      const bearer = (token: string) =>
        t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
      const token = short.json().token as string;
      expect((await bearer(token)).statusCode).toBe(200);
      // Used just before it expires, the cached lookup does not outlive the expiry.
      t.setNow('2026-03-09T08:59:59.500Z');
      expect((await bearer(token)).statusCode).toBe(200);
      t.setNow('2026-03-09T09:00:00.000Z');
      const expired = await bearer(token);
      expect(expired.statusCode).toBe(401);
      expect(expired.json().code).toBe('auth.required');
      t.setNow('2026-04-01T09:00:00Z');
      expect((await bearer(token)).statusCode).toBe(401);
      expect((await bearer(byDefault.json().token)).statusCode).toBe(200);
      t.setNow('2026-03-02T09:00:00Z');
    });

    it('behind TRUST_PROXY, one client address locked out by failures does not lock out the others', async () => {
      const email = `proxy.${dialect}@test.example`;
      await createUser(t.ctx, t.orgId, {
        email,
        name: 'Derrière le proxy',
        role: 'sales',
        password: 'the-right-password',
      });
      const login = (app: typeof t.app, forwardedFor: string, password: string) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '10.0.0.5',
          headers: { 'x-forwarded-for': forwardedFor },
          payload: { email: `nobody.${Math.random()}@test.example`, password },
        });
      const proxied = await buildServer(t.ctx, {
        logger: false,
        webDistDir: '/nonexistent',
        trustProxy: ['10.0.0.0/8'],
      });
      try {
        // 30 failures from one office (unknown emails: the per-email limit is not what is tested).
        for (let i = 0; i < 30; i++) expect((await login(proxied, '203.0.113.7', 'x')).statusCode).toBe(401);
        expect((await login(proxied, '203.0.113.7', 'x')).statusCode).toBe(429);
        // Another client behind the same proxy still signs in.
        const other = await proxied.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '10.0.0.5',
          headers: { 'x-forwarded-for': '198.51.100.20' },
          payload: { email, password: 'the-right-password' },
        });
        expect(other.statusCode, other.body).toBe(200);
      } finally {
        await proxied.close();
      }
      // Without TRUST_PROXY (the default) the header is ignored: the proxy's address is the client's,
      // so a forged X-Forwarded-For does not escape the limit either.
      for (let i = 0; i < 30; i++) await login(t.app, `192.0.2.${i}`, 'x');
      expect((await login(t.app, '192.0.2.200', 'x')).statusCode).toBe(429);
    });

    it('shows contracts to a technician with their lines but without any price, and no quote at all; the DPO reads neither', async () => {
      const clientId = await t.createClient('Contrat Sans Prix SAS');
      const clientUser = await t.signIn('client', { clientId });
      const cat = await seedCatalogue(t, as('admin'));
      const { contractId } = await formedContract(
        t,
        { sales: as('sales'), adv: as('order-admin'), clientUser },
        clientId,
        cat,
        { rental: true },
      );
      const quoteId = (await t.as(as('sales'), { method: 'GET', url: `/api/contracts/${contractId}` })).json().contract
        .quoteId;

      const full = (await t.as(as('accounting'), { method: 'GET', url: `/api/contracts/${contractId}` })).json();
      expect(full.contract.totals.grossCents).toBeGreaterThan(0);
      expect(full.contract.lines[0]).toHaveProperty('unitPriceCents');

      const tech = await t.as(as('technician'), { method: 'GET', url: `/api/contracts/${contractId}` });
      expect(tech.statusCode, tech.body).toBe(200);
      const c = tech.json().contract;
      expect(c.lines.map((l: { sku: string; quantity: string }) => [l.sku, l.quantity])).toEqual(
        full.contract.lines.map((l: { sku: string; quantity: string }) => [l.sku, l.quantity]),
      );
      expect(c.lines.some((l: { rentalEndsOn: string | null }) => l.rentalEndsOn !== null)).toBe(true);
      expect(tech.body).not.toMatch(/Cents|vatRatePercent|discountPercent/);
      expect(tech.json().evidence).toEqual([]);
      const list = await t.as(as('technician'), { method: 'GET', url: `/api/contracts?clientId=${clientId}` });
      expect(list.json().items.map((x: { id: string }) => x.id)).toEqual([contractId]);
      expect(list.body).not.toMatch(/Cents/);
      // The client's sites, where the technician goes, are on the client's account.
      expect((await t.as(as('technician'), { method: 'GET', url: `/api/clients/${clientId}` })).statusCode).toBe(200);

      for (const url of [
        `/api/contracts/${contractId}/pdf`,
        `/api/quotes/${quoteId}`,
        `/api/quotes/${quoteId}/pdf`,
        '/api/quotes',
      ]) {
        expect((await t.as(as('technician'), { method: 'GET', url })).statusCode, `technician ${url}`).toBe(403);
      }
      for (const url of [
        `/api/contracts/${contractId}`,
        '/api/contracts',
        `/api/contracts/${contractId}/pdf`,
        `/api/quotes/${quoteId}`,
        '/api/quotes',
      ]) {
        expect((await t.as(as('dpo'), { method: 'GET', url })).statusCode, `dpo ${url}`).toBe(403);
      }
      for (const role of ['admin', 'sales', 'order-admin', 'accounting'] as const) {
        const q = await t.as(as(role), { method: 'GET', url: `/api/quotes/${quoteId}` });
        expect(q.statusCode, role).toBe(200);
        expect(q.json().quote.totals.grossCents, role).toBe(full.contract.totals.grossCents);
      }
      expect(
        (await t.as(clientUser, { method: 'GET', url: `/api/contracts/${contractId}` })).json().contract.totals
          .grossCents,
      ).toBe(full.contract.totals.grossCents);
    });

    it('reads TRUST_PROXY as a list of proxy addresses or ranges, off by default', () => {
      expect(parseTrustProxy(undefined)).toEqual([]);
      expect(parseTrustProxy('')).toEqual([]);
      expect(parseTrustProxy('off')).toEqual([]);
      expect(parseTrustProxy('10.0.0.5, 192.168.0.0/24,::1,fd00::/8')).toEqual([
        '10.0.0.5',
        '192.168.0.0/24',
        '::1',
        'fd00::/8',
      ]);
      for (const bad of ['true', '10.0.0.300', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/2', '1'])
        expect(() => parseTrustProxy(bad), bad).toThrow(/TRUST_PROXY/);
    });
  });
}
