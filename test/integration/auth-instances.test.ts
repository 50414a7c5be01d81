/**
 * Two instances on one PostgreSQL database (ADR 0008): each keeps its own 2-second cache of
 * resolved sessions and tokens; a token revoked, a session closed or a user disabled on one is
 * refused by the other at once (LISTEN/NOTIFY), not 2 seconds later. The second instance is a
 * second copy of the server's modules (vi.resetModules), as another process would have, with its
 * own connection pool on the same schema.
 */
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/database.ts';
import { buildServer } from '../../src/http/server.ts';
import { createUser } from '../../src/modules/users/index.ts';
import { DIALECTS, freshDatabase, PG_URL, type TestDb } from '../helpers/db.ts';

/** Far below the cache's 2 seconds: an instance that only waited for its cache would fail. */
const WITHIN_MS = 1_000;

async function refusedWithin(request: () => Promise<{ statusCode: number }>): Promise<number> {
  const started = Date.now();
  for (;;) {
    const res = await request();
    if (res.statusCode === 401) return Date.now() - started;
    if (Date.now() - started > WITHIN_MS) throw new Error(`still answered ${res.statusCode} after ${WITHIN_MS} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.runIf(DIALECTS.includes('postgres'))('auth across two instances [postgres]', () => {
  let tdb: TestDb;
  let handleB: DatabaseHandle;
  let a: FastifyInstance;
  let b: FastifyInstance;
  let n = 0;

  beforeAll(async () => {
    tdb = await freshDatabase('postgres');
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(tdb.ctx.db)).rows[0]!.s;
    handleB = openDatabase(PG_URL, { pgSchema: schema });
    // Real time on both: the caches' 2 seconds are what is under test.
    const ctxA: AppContext = { ...tdb.ctx, now: () => new Date() };
    a = await buildServer(ctxA, { logger: false, webDistDir: '/nonexistent', listen: tdb.handle.listen! });
    vi.resetModules();
    const second = (await import('../../src/http/server.ts')) as typeof import('../../src/http/server.ts');
    expect(second.buildServer).not.toBe(buildServer);
    b = await second.buildServer(
      { db: handleB.db, dialect: 'postgres', now: () => new Date() },
      { logger: false, webDistDir: '/nonexistent', listen: handleB.listen! },
    );
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await handleB?.close();
    await tdb?.cleanup();
  });

  async function signIn(role: 'admin' | 'accounting') {
    n++;
    const email = `${role}.${n}@instances.example`;
    const user = await createUser(tdb.ctx, tdb.orgId, {
      email,
      name: `${role} ${n}`,
      role,
      password: 'instance-password',
    });
    const res = await a.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'instance-password' },
    });
    const cookie = `clausier_session=${res.cookies.find((c) => c.name === 'clausier_session')!.value}`;
    return { userId: user.id, cookie, csrf: res.json().csrfToken as string };
  }
  const meOn = (app: FastifyInstance, headers: Record<string, string>) => () =>
    app.inject({ method: 'GET', url: '/api/me', headers });

  it('a token revoked on one instance is refused at once on the other', async () => {
    const s = await signIn('accounting');
    const created = await a.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: { name: 'ERP' },
    });
    const bearer = { authorization: `Bearer ${created.json().token}` };
    // B resolves the token and caches it for 2 seconds.
    expect((await meOn(b, bearer)()).statusCode).toBe(200);
    expect((await meOn(b, bearer)()).statusCode).toBe(200);
    const revoked = await a.inject({
      method: 'DELETE',
      url: `/api/tokens/${created.json().id}`,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    expect(revoked.statusCode).toBe(204);
    await refusedWithin(meOn(b, bearer));
  });

  it('a session closed on one instance is refused at once on the other', async () => {
    const s = await signIn('accounting');
    expect((await meOn(b, { cookie: s.cookie })()).statusCode).toBe(200);
    const out = await a.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    expect(out.statusCode).toBe(204);
    await refusedWithin(meOn(b, { cookie: s.cookie }));
  });

  it('a user disabled on one instance is refused at once on the other', async () => {
    const admin = await signIn('admin');
    const s = await signIn('accounting');
    expect((await meOn(b, { cookie: s.cookie })()).statusCode).toBe(200);
    const disabled = await a.inject({
      method: 'PATCH',
      url: `/api/users/${s.userId}`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      payload: { disabled: true },
    });
    expect(disabled.statusCode, disabled.body).toBe(200);
    await refusedWithin(meOn(b, { cookie: s.cookie }));
  });

  it('each instance still answers from its own cache between changes', async () => {
    const s = await signIn('accounting');
    expect((await meOn(b, { cookie: s.cookie })()).statusCode).toBe(200);
    // Deleted behind the application's back (no notification): B keeps its cached answer.
    await tdb.ctx.db.deleteFrom('sessions').execute();
    expect((await meOn(b, { cookie: s.cookie })()).statusCode).toBe(200);
  });
});
