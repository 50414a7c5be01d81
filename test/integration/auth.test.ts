import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';

for (const dialect of DIALECTS) {
  describe(`auth [${dialect}]`, () => {
    let t: TestApi;
    beforeAll(async () => {
      t = await startTestApi(dialect);
    });
    afterAll(() => t.cleanup());

    it('logs in, answers /api/me, and logs out for good', async () => {
      const s = await t.signIn('sales');
      const me = await t.as(s, { method: 'GET', url: '/api/me' });
      expect(me.statusCode).toBe(200);
      expect(me.json().user).toMatchObject({ email: s.email, role: 'sales', clientId: null });
      expect(me.json().organisation.name).toBe('ALLEO');
      const out = await t.as(s, { method: 'POST', url: '/api/auth/logout' });
      expect(out.statusCode).toBe(204);
      const after = await t.as(s, { method: 'GET', url: '/api/me' });
      expect(after.statusCode).toBe(401);
    });

    it('sets an httpOnly SameSite=Strict session cookie', async () => {
      const s = await t.signIn('admin');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: s.email, password: s.password },
      });
      const cookie = res.cookies.find((c) => c.name === 'clausier_session');
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite).toBe('Strict');
    });

    it('refuses a wrong password with a clear, localised problem', async () => {
      const s = await t.signIn('technician');
      const fr = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: s.email, password: 'wrong-password' },
      });
      expect(fr.statusCode).toBe(401);
      expect(fr.headers['content-type']).toContain('application/problem+json');
      expect(fr.json()).toMatchObject({
        code: 'auth.invalid_credentials',
        title: 'Adresse e-mail ou mot de passe incorrect',
        status: 401,
      });
      const en = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'accept-language': 'en-GB' },
        payload: { email: 'nobody@test.example', password: 'x' },
      });
      expect(en.json().title).toBe('Wrong email or password');
      expect(en.cookies).toHaveLength(0);
    });

    it('rate-limits repeated failures for one email (429), even with the right password', async () => {
      const s = await t.signIn('dpo');
      for (let i = 0; i < 5; i++) {
        const r = await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: s.email, password: `nope-${i}` },
        });
        expect(r.statusCode).toBe(401);
      }
      const blocked = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: s.email, password: s.password },
      });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().code).toBe('request.rate_limited');
      expect(blocked.headers['retry-after']).toBe('900');
      t.setNow('2026-03-02T09:16:00Z');
      const later = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: s.email, password: s.password },
      });
      expect(later.statusCode).toBe(200);
      t.setNow('2026-03-02T09:00:00Z');
    });

    it('50 concurrent logins for one email (50 addresses): only 5 reach the password check, the rest 429, then even the right password', async () => {
      const s = await t.signIn('sales');
      const login = (password: string, i: number) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: `10.1.0.${i}`,
          payload: { email: s.email, password },
        });
      const burst = await Promise.all(Array.from({ length: 50 }, (_, i) => login(`wrong-${i}`, i)));
      const statuses = burst.map((r) => r.statusCode);
      expect(statuses.filter((c) => c === 401)).toHaveLength(5);
      expect(statuses.filter((c) => c === 429)).toHaveLength(45);
      expect((await login(s.password, 99)).statusCode).toBe(429);
    });

    it('50 concurrent logins from one address: the 6th for one email and the 31st overall never reach the password check', async () => {
      const s = await t.signIn('sales');
      const oneEmail = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          t.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            remoteAddress: '10.2.0.1',
            payload: { email: s.email, password: `wrong-${i}` },
          }),
        ),
      );
      expect(oneEmail.filter((r) => r.statusCode === 429)).toHaveLength(45);
      expect(oneEmail.filter((r) => r.statusCode === 401)).toHaveLength(5);
      const manyEmails = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          t.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            remoteAddress: '10.3.0.1',
            payload: { email: `nobody-${i}@test.example`, password: 'wrong' },
          }),
        ),
      );
      expect(manyEmails.filter((r) => r.statusCode === 401)).toHaveLength(30);
      expect(manyEmails.filter((r) => r.statusCode === 429)).toHaveLength(20);
    });

    it('requires the CSRF token on mutations made with a cookie session', async () => {
      const s = await t.signIn('admin');
      const noToken = await t.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: { cookie: s.cookie },
        payload: { name: 'x' },
      });
      expect(noToken.statusCode).toBe(403);
      expect(noToken.json().code).toBe('auth.csrf');
      const badToken = await t.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: { cookie: s.cookie, 'x-csrf-token': 'forged' },
        payload: { name: 'x' },
      });
      expect(badToken.statusCode).toBe(403);
      const ok = await t.as(s, { method: 'POST', url: '/api/tokens', payload: { name: 'x' } });
      expect(ok.statusCode).toBe(201);
    });

    it('issues bearer tokens that work without CSRF, are stored hashed, and can be revoked', async () => {
      const s = await t.signIn('accounting');
      const created = await t.as(s, { method: 'POST', url: '/api/tokens', payload: { name: 'ERP export' } });
      expect(created.statusCode).toBe(201);
      const { token, id } = created.json();
      expect(token).toMatch(/^clsr_/);
      const stored = await t.ctx.db
        .selectFrom('api_tokens')
        .select('token_hash')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(stored.token_hash).not.toContain(token);
      expect(stored.token_hash).toHaveLength(64);
      const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
      expect(me.statusCode).toBe(200);
      expect(me.json().user.role).toBe('accounting');
      const post = await t.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: { authorization: `Bearer ${token}` },
        payload: { name: 'second' },
      });
      expect(post.statusCode).toBe(201);
      const revoke = await t.as(s, { method: 'DELETE', url: `/api/tokens/${id}` });
      expect(revoke.statusCode).toBe(204);
      const after = await t.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(after.statusCode).toBe(401);
    });

    it("binds a client user to its own company's data", async () => {
      const mine = await t.createClient('Ma Société SAS');
      await t.createClient('Une Autre Société SA');
      const s = await t.signIn('client', { clientId: mine });
      const res = await t.as(s, { method: 'GET', url: '/api/clients' });
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((c: { id: string }) => c.id)).toEqual([mine]);
      const staff = await t.signIn('sales');
      const all = await t.as(staff, { method: 'GET', url: '/api/clients' });
      expect(all.json().items.length).toBeGreaterThanOrEqual(2);
    });
  });
}
