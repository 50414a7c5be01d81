import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';

for (const dialect of DIALECTS) {
  describe(`Idempotency-Key [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    const users = async () =>
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

    const body = { email: 'idem@test.example', name: 'Idem', role: 'sales', password: 'long-enough-pass' };

    it('a retry with the same key and body returns the first answer and writes once', async () => {
      const before = await users();
      const first = await t.as(admin, {
        method: 'POST',
        url: '/api/users',
        payload: body,
        headers: { 'idempotency-key': 'k-1' },
      });
      expect(first.statusCode).toBe(201);
      const retry = await t.as(admin, {
        method: 'POST',
        url: '/api/users',
        payload: body,
        headers: { 'idempotency-key': 'k-1' },
      });
      expect(retry.statusCode).toBe(201);
      expect(retry.json()).toEqual(first.json());
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await users()).toBe(before + 1);
    });

    it('the same key with another body → 409', async () => {
      const res = await t.as(admin, {
        method: 'POST',
        url: '/api/users',
        payload: { ...body, email: 'other@test.example' },
        headers: { 'idempotency-key': 'k-1' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('idempotency.key_reused');
    });

    it('without a key, a second identical request is a new command (here refused: email taken)', async () => {
      const res = await t.as(admin, { method: 'POST', url: '/api/users', payload: body });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('user.email_taken');
    });

    it('keys are scoped to the caller', async () => {
      const other = await t.signIn('admin');
      const res = await t.as(other, {
        method: 'POST',
        url: '/api/users',
        payload: { ...body, email: 'scoped@test.example' },
        headers: { 'idempotency-key': 'k-1' },
      });
      expect(res.statusCode).toBe(201);
    });

    it('concurrent retries with one key write once', async () => {
      const before = await users();
      const payload = { ...body, email: 'race@test.example' };
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          t.as(admin, { method: 'POST', url: '/api/users', payload, headers: { 'idempotency-key': 'k-race' } }),
        ),
      );
      const codes = results.map((r) => r.statusCode);
      expect(codes.every((c) => c === 201 || c === 409)).toBe(true);
      expect(codes).toContain(201);
      expect(await users()).toBe(before + 1);
    });
  });
}
