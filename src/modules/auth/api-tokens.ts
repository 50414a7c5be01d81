import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { AppContext } from '../../context.ts';
import * as repo from './auth.repo.ts';
import { forgetEverywhere } from './auth-invalidation.ts';
import type { Actor } from './roles.ts';
import { randomSecret, sha256Hex } from './secrets.ts';

/** Prefix that makes a leaked token recognisable by secret scanners. */
export const TOKEN_PREFIX = 'clsr_';

/** A token lives a year unless its creator picks a shorter or longer life (at most five years). */
export const DEFAULT_TOKEN_DAYS = 365;
export const MAX_TOKEN_DAYS = 1825;

/**
 * Creates a bearer token for the actor, refused after `expiresInDays` days (default a year); the
 * clear token is returned once and never stored.
 */
export async function createApiToken(
  ctx: AppContext,
  actor: Actor,
  name: string,
  expiresInDays: number = DEFAULT_TOKEN_DAYS,
) {
  const token = TOKEN_PREFIX + randomSecret();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + expiresInDays * 86_400_000).toISOString();
  const row = {
    id: newId(),
    org_id: actor.orgId,
    user_id: actor.userId,
    name,
    token_hash: sha256Hex(token),
    created_at: now.toISOString(),
    expires_at: expiresAt,
  };
  await repo.insertApiToken(ctx.db, row);
  return { id: row.id, name, token, createdAt: row.created_at, expiresAt };
}

/** Lists tokens: an admin sees all of the organisation's, others their own. */
export async function listApiTokens(ctx: AppContext, actor: Actor) {
  const rows = await repo.listApiTokens(ctx.db, actor.orgId, actor.role === 'admin' ? undefined : actor.userId);
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    name: r.name,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
    expiresAt: r.expires_at,
  }));
}

/** Revokes a token at once; the owner or an admin may. */
export async function revokeApiToken(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const visible = await repo.listApiTokens(ctx.db, actor.orgId, actor.role === 'admin' ? undefined : actor.userId);
  const token = visible.find((t) => t.id === id);
  if (!token || token.revoked_at) throw new AppError('token.not_found');
  // Only the token's id is known here, not its hash (the cache key): every instance forgets all.
  await ctx.db.transaction().execute(async (trx) => {
    await repo.revokeApiToken(trx, actor.orgId, id, ctx.now().toISOString());
    await forgetEverywhere(trx, ctx.dialect, { forget: 'all' });
  });
}
