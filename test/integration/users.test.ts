import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';

for (const dialect of DIALECTS) {
  describe(`users [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    const count = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('users')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    beforeAll(async () => {
      t = await startTestApi(dialect);
      admin = await t.signIn('admin');
    });
    afterAll(() => t.cleanup());

    it('creates a user who can then log in, and lists it', async () => {
      const res = await t.as(admin, {
        method: 'POST',
        url: '/api/users',
        payload: {
          email: 'New.Person@Test.example',
          name: 'Nouvelle Personne',
          role: 'technician',
          password: 'long-enough-pass',
        },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().user).toMatchObject({
        email: 'new.person@test.example',
        role: 'technician',
        disabled: false,
        clientId: null,
      });
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'new.person@test.example', password: 'long-enough-pass' },
      });
      expect(login.statusCode).toBe(200);
      const list = await t.as(admin, { method: 'GET', url: '/api/users' });
      expect(list.json().items.map((u: { email: string }) => u.email)).toContain('new.person@test.example');
    });

    it('names each bad field and writes nothing', async () => {
      const before = await count();
      const res = await t.as(admin, {
        method: 'POST',
        url: '/api/users',
        payload: { email: 'not-an-email', name: '', role: 'boss', password: 'short', extra: 1 },
      });
      expect(res.statusCode).toBe(400);
      const paths = res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort();
      expect(paths).toEqual(['email', 'extra', 'name', 'password', 'role']);
      expect(await count()).toBe(before);
    });

    it('refuses a duplicate email with 409 and a client user without client', async () => {
      const dup = await t.as(admin, {
        method: 'POST',
        url: '/api/users',
        payload: { email: admin.email, name: 'Dup', role: 'sales', password: 'long-enough-pass' },
      });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().code).toBe('user.email_taken');
      const noClient = await t.as(admin, {
        method: 'POST',
        url: '/api/users',
        payload: { email: 'c@test.example', name: 'C', role: 'client', password: 'long-enough-pass' },
      });
      expect(noClient.statusCode).toBe(400);
      expect(noClient.json().errors[0].path).toBe('clientId');
      const unknownClient = await t.as(admin, {
        method: 'POST',
        url: '/api/users',
        payload: { email: 'c@test.example', name: 'C', role: 'client', password: 'long-enough-pass', clientId: 'nope' },
      });
      expect(unknownClient.statusCode).toBe(404);
    });

    it('changes a role, and disabling a user ends their sessions', async () => {
      const victim = await t.signIn('sales');
      const role = await t.as(admin, {
        method: 'PATCH',
        url: `/api/users/${victim.userId}`,
        payload: { role: 'order-admin' },
      });
      expect(role.statusCode).toBe(200);
      expect(role.json().user.role).toBe('order-admin');
      const relog = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: victim.email, password: victim.password },
      });
      const cookie = `clausier_session=${relog.cookies.find((c) => c.name === 'clausier_session')?.value}`;
      const disable = await t.as(admin, {
        method: 'PATCH',
        url: `/api/users/${victim.userId}`,
        payload: { disabled: true },
      });
      expect(disable.json().user.disabled).toBe(true);
      const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
      expect(me.statusCode).toBe(401);
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: victim.email, password: victim.password },
      });
      expect(login.statusCode).toBe(401);
    });

    it('does not let an admin disable or demote themself', async () => {
      const res = await t.as(admin, {
        method: 'PATCH',
        url: `/api/users/${admin.userId}`,
        payload: { disabled: true },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('user.cannot_disable_self');
    });

    it('answers 404 for an unknown user', async () => {
      const res = await t.as(admin, { method: 'PATCH', url: '/api/users/does-not-exist', payload: { name: 'x' } });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('user.not_found');
    });
  });
}
