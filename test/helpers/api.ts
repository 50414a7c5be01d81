/** An in-process server on a fresh database, with helpers to sign in as any role. */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Dialect } from '../../src/db/database.ts';
import { buildServer, type ServerOptions } from '../../src/http/server.ts';
import type { Role } from '../../src/modules/auth/index.ts';
import { createUser } from '../../src/modules/users/index.ts';
import { newId } from '../../src/kernel/ids.ts';
import { searchKey } from '../../src/kernel/search-key.ts';
import { freshDatabase, type TestDb } from './db.ts';

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
  email: string;
  password: string;
}

export interface TestApi extends TestDb {
  app: FastifyInstance;
  /** Creates a user of this role (a client user gets a new client unless one is given) and signs in. */
  signIn(role: Role, options?: { clientId?: string }): Promise<Session>;
  /** A request as the session (cookie + CSRF token). */
  as(session: Session | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  createClient(legalName?: string): Promise<string>;
}

let counter = 0;

export async function startTestApi(
  dialect: Dialect,
  options: { webDistDir?: string; mail?: ServerOptions['mail'] } = {},
): Promise<TestApi> {
  const tdb = await freshDatabase(dialect);
  const app = await buildServer(tdb.ctx, {
    logger: false,
    webDistDir: options.webDistDir ?? '/nonexistent',
    ...(options.mail ? { mail: options.mail } : {}),
  });

  async function createClient(legalName = 'Client de test SAS') {
    const id = newId();
    const now = tdb.ctx.now().toISOString();
    await tdb.ctx.db
      .insertInto('clients')
      .values({
        id,
        org_id: tdb.orgId,
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
      })
      .execute();
    return id;
  }

  async function signIn(role: Role, opts: { clientId?: string } = {}): Promise<Session> {
    counter++;
    const email = `${role}.${counter}.${newId().slice(0, 8)}@test.example`;
    const password = `password-${counter}-secret`;
    const clientId = role === 'client' ? (opts.clientId ?? (await createClient())) : undefined;
    const user = await createUser(tdb.ctx, tdb.orgId, {
      email,
      name: `${role} ${counter}`,
      role,
      password,
      ...(clientId ? { clientId } : {}),
    });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'clausier_session');
    if (!cookie) throw new Error('no session cookie');
    return {
      cookie: `clausier_session=${cookie.value}`,
      csrfToken: res.json().csrfToken,
      userId: user.id,
      email,
      password,
    };
  }

  function as(session: Session | null, opts: InjectOptions) {
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string> | undefined) };
    if (session) {
      headers.cookie = session.cookie;
      headers['x-csrf-token'] = session.csrfToken;
    }
    return app.inject({ ...opts, headers });
  }

  return {
    ...tdb,
    app,
    signIn,
    as,
    createClient,
    async cleanup() {
      await app.close();
      await tdb.cleanup();
    },
  };
}
