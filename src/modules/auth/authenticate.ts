import type { AppContext } from '../../context.ts';
import * as repo from './auth.repo.ts';
import { ROLES, type Actor, type Role } from './roles.ts';
import { sha256Hex } from './secrets.ts';

export interface Authentication {
  actor: Actor;
  organisationName: string;
  via: 'session' | 'token';
  /** Set for cookie sessions: mutating requests must echo it (double submit). */
  csrfToken?: string;
}

function toActor(row: { id: string; org_id: string; email: string; name: string; role: string; client_id: string | null }): Actor {
  if (!(ROLES as readonly string[]).includes(row.role)) throw new Error(`Unknown role in database: ${row.role}`);
  return { userId: row.id, orgId: row.org_id, role: row.role as Role, clientId: row.client_id, email: row.email, name: row.name };
}

/** Resolves a session cookie to its user; a disabled user or an expired session yields nothing. */
export async function authenticateSession(ctx: AppContext, sessionToken: string): Promise<Authentication | undefined> {
  const row = await repo.findSessionUser(ctx.db, sha256Hex(sessionToken), ctx.now().toISOString());
  if (!row || row.disabled === 1) return undefined;
  return { actor: toActor(row), organisationName: row.org_name, via: 'session', csrfToken: row.csrf_token };
}

/** Resolves a bearer API token (stored hashed, revocable). */
export async function authenticateToken(ctx: AppContext, token: string): Promise<Authentication | undefined> {
  const row = await repo.findApiTokenUser(ctx.db, sha256Hex(token));
  if (!row || row.disabled === 1) return undefined;
  await repo.touchApiToken(ctx.db, row.token_id, ctx.now().toISOString());
  return { actor: toActor(row), organisationName: row.org_name, via: 'token' };
}
