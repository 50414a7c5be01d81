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
export async function login(
  ctx: AppContext,
  input: { email: string; password: string; ip: string },
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const now = ctx.now();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000).toISOString();
  // The attempt is counted as a failure before the password is checked (atomically with the
  // count), so the attempt after the limit never reaches the check, however many run at once.
  const reserved = await repo.reserveLoginAttempt(
    ctx.db,
    ctx.dialect,
    { id: newId(), email, ip: input.ip, at: now.toISOString() },
    since,
    { byEmail: MAX_FAILURES_PER_EMAIL, byIp: MAX_FAILURES_PER_IP },
  );
  if (!reserved)
    throw new AppError('request.rate_limited', { extra: { retryAfterSeconds: LOGIN_WINDOW_MINUTES * 60 } });
  const user = await repo.findUserByEmail(ctx.db, email);
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok || user.disabled === 1) throw new AppError('auth.invalid_credentials');
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
