import type { AppContext } from '../../context.ts';
import * as repo from './auth.repo.ts';
import { ROLES, type Actor, type Role } from './roles.ts';
import { sha256Hex } from './secrets.ts';
import { cachedAuth, rememberAuth } from './auth-cache.ts';

export interface Authentication {
  actor: Actor;
  organisationName: string;
  via: 'session' | 'token';
  /** Set for cookie sessions: mutating requests must echo it (double submit). */
  csrfToken?: string;
}

function toActor(row: {
  id: string;
  org_id: string;
  email: string;
  name: string;
  role: string;
  client_id: string | null;
}): Actor {
  if (!(ROLES as readonly string[]).includes(row.role)) throw new Error(`Unknown role in database: ${row.role}`);
  return {
    userId: row.id,
    orgId: row.org_id,
    role: row.role as Role,
    clientId: row.client_id,
    email: row.email,
    name: row.name,
  };
}

/** Resolves a session cookie to its user; a disabled user or an expired session yields nothing. */
export async function authenticateSession(ctx: AppContext, sessionToken: string): Promise<Authentication | undefined> {
  const key = 's:' + sha256Hex(sessionToken);
  const now = ctx.now();
  const cached = cachedAuth(key, now.getTime());
  if (cached) return cached;
  const row = await repo.findSessionUser(ctx.db, key.slice(2), now.toISOString());
  if (!row || row.disabled === 1) return undefined;
  const auth: Authentication = {
    actor: toActor(row),
    organisationName: row.org_name,
    via: 'session',
    csrfToken: row.csrf_token,
  };
  rememberAuth(key, auth, now.getTime(), Date.parse(row.expires_at));
  return auth;
}

/** Resolves a bearer API token (stored hashed, revocable). */
export async function authenticateToken(ctx: AppContext, token: string): Promise<Authentication | undefined> {
  const key = 't:' + sha256Hex(token);
  const now = ctx.now();
  const cached = cachedAuth(key, now.getTime());
  if (cached) return cached;
  const row = await repo.findApiTokenUser(ctx.db, key.slice(2), now.toISOString());
  if (!row || row.disabled === 1) return undefined;
  // last_used_at is a hint for the owner: written at most once per cache period, not per request.
  await repo.touchApiToken(ctx.db, row.token_id, now.toISOString());
  const auth: Authentication = { actor: toActor(row), organisationName: row.org_name, via: 'token' };
  rememberAuth(key, auth, now.getTime(), row.expires_at === null ? Infinity : Date.parse(row.expires_at));
  return auth;
}
