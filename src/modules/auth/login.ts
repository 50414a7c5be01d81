import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { AppContext } from '../../context.ts';
import * as repo from './auth.repo.ts';
import { forgetEverywhere } from './auth-invalidation.ts';
import { dummyPasswordHash, randomSecret, sha256Hex, verifyPassword } from './secrets.ts';

export const SESSION_HOURS = 12;
/** Login rate limits: failures counted over a sliding window. */
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  userId: string;
}

/** Checks the password and opens a session; refuses after too many recent failures. */
export async function login(ctx: AppContext, input: { email: string; password: string; ip: string }): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const now = ctx.now();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000).toISOString();
  const failures = await repo.countLoginFailures(ctx.db, email, input.ip, since);
  if (failures.byEmail >= MAX_FAILURES_PER_EMAIL || failures.byIp >= MAX_FAILURES_PER_IP) {
    throw new AppError('request.rate_limited', { extra: { retryAfterSeconds: LOGIN_WINDOW_MINUTES * 60 } });
  }
  const user = await repo.findUserByEmail(ctx.db, email);
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok || user.disabled === 1) {
    await repo.insertLoginFailure(ctx.db, { id: newId(), email, ip: input.ip, at: now.toISOString() });
    throw new AppError('auth.invalid_credentials');
  }
  const sessionToken = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.clearLoginFailures(trx, email);
    await repo.insertSession(trx, {
      token_hash: sha256Hex(sessionToken),
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    });
  });
  return { sessionToken, csrfToken, expiresAt, userId: user.id };
}

/** Ends a session (idempotent). */
export async function logout(ctx: AppContext, sessionToken: string): Promise<void> {
  const hash = sha256Hex(sessionToken);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, hash);
    await forgetEverywhere(trx, ctx.dialect, { forget: 'key', key: 's:' + hash });
  });
}
