import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { AppContext } from '../../context.ts';
import * as repo from './auth.repo.ts';
import { forgetAll } from './auth-cache.ts';
import type { Actor } from './roles.ts';
import { randomSecret, sha256Hex } from './secrets.ts';

/** Prefix that makes a leaked token recognisable by secret scanners. */
export const TOKEN_PREFIX = 'clsr_';

/** Creates a bearer token for the actor; the clear token is returned once and never stored. */
export async function createApiToken(ctx: AppContext, actor: Actor, name: string) {
  const token = TOKEN_PREFIX + randomSecret();
  const row = { id: newId(), org_id: actor.orgId, user_id: actor.userId, name, token_hash: sha256Hex(token), created_at: ctx.now().toISOString() };
  await repo.insertApiToken(ctx.db, row);
  return { id: row.id, name, token, createdAt: row.created_at };
}

/** Lists tokens: an admin sees all of the organisation's, others their own. */
export async function listApiTokens(ctx: AppContext, actor: Actor) {
  const rows = await repo.listApiTokens(ctx.db, actor.orgId, actor.role === 'admin' ? undefined : actor.userId);
  return rows.map((r) => ({ id: r.id, userId: r.user_id, name: r.name, createdAt: r.created_at, revokedAt: r.revoked_at, lastUsedAt: r.last_used_at }));
}

/** Revokes a token at once; the owner or an admin may. */
export async function revokeApiToken(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const visible = await repo.listApiTokens(ctx.db, actor.orgId, actor.role === 'admin' ? undefined : actor.userId);
  const token = visible.find((t) => t.id === id);
  if (!token || token.revoked_at) throw new AppError('token.not_found');
  await repo.revokeApiToken(ctx.db, actor.orgId, id, ctx.now().toISOString());
  forgetAll();
}
