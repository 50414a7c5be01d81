/**
 * A user changes its own password through the API on both engines: the current password is
 * required, a wrong one is a 400 naming the field and changes nothing; after the change the old
 * password no longer opens a session, the new one does, and the user's other sessions end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';

for (const dialect of DIALECTS) {
  describe(`own password [${dialect}]`, () => {
    let t: TestApi;
    beforeAll(async () => {
      t = await startTestApi(dialect);
    });
    afterAll(() => t.cleanup());

    const login = (email: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    const change = (s: Session, payload: Record<string, string>) =>
      t.as(s, { method: 'POST', url: '/api/me/password', payload });

    it('a wrong current password, a short or unchanged new one: 400 naming the fields, every error at once, nothing changed', async () => {
      const s = await t.signIn('sales');
      const wrong = await change(s, { currentPassword: 'not-the-password', newPassword: 'short' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.headers['content-type']).toContain('application/problem+json');
      expect(wrong.json().errors.map((e: { path: string }) => e.path)).toEqual(['newPassword']);
      const bad = await change(s, { currentPassword: 'not-the-password', newPassword: 'a-long-new-password' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'currentPassword' })]);
      const same = await change(s, { currentPassword: s.password, newPassword: s.password });
      expect(same.json().errors).toEqual([expect.objectContaining({ path: 'newPassword' })]);
      expect((await login(s.email, s.password)).statusCode).toBe(200);
    });

    it('changes it: the old one is refused, the new one works, this session stays and the others end', async () => {
      const s = await t.signIn('client');
      const other = await login(s.email, s.password);
      const otherCookie = `clausier_session=${other.cookies.find((c) => c.name === 'clausier_session')!.value}`;
      const res = await change(s, { currentPassword: s.password, newPassword: 'un-nouveau-mot-de-passe' });
      expect(res.statusCode, res.body).toBe(204);
      expect((await t.as(s, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: otherCookie } })).statusCode).toBe(
        401,
      );
      expect((await login(s.email, s.password)).statusCode).toBe(401);
      expect((await login(s.email, 'un-nouveau-mot-de-passe')).statusCode).toBe(200);
    });

    it('requires a session: 401 without one', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/me/password',
        payload: { currentPassword: 'x', newPassword: 'yyyyyyyyyyyy' },
      });
      expect(res.statusCode).toBe(401);
    });
  });
}
