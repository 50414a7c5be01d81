import { sql } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';

/** Looks a user up by email (case-insensitive: emails are stored lower-case). */
export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function insertSession(
  db: Db,
  row: { token_hash: string; user_id: string; csrf_token: string; created_at: string; expires_at: string },
) {
  return db.insertInto('sessions').values(row).execute();
}

export function deleteSession(db: Db, tokenHash: string) {
  return db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export function deleteSessionsOfUser(db: Db, userId: string) {
  return db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Ends a user's sessions but the one whose hash is `keepHash` (a password change keeps the session that made it). */
export function deleteOtherSessionsOfUser(db: Db, userId: string, keepHash: string | null) {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepHash !== null) q = q.where('token_hash', '!=', keepHash);
  return q.execute();
}

export function deleteTokensOfUser(db: Db, userId: string) {
  return db.deleteFrom('api_tokens').where('user_id', '=', userId).execute();
}

/** The live session and its user, or undefined. */
export function findSessionUser(db: Db, tokenHash: string, nowIso: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('organisations', 'organisations.id', 'users.org_id')
    .select([
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.id',
      'users.org_id',
      'organisations.name as org_name',
      'users.email',
      'users.name',
      'users.role',
      'users.client_id',
      'users.disabled',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', nowIso)
    .executeTakeFirst();
}

/** The live token and its user: not revoked, not expired (a token without expiry predates 0013). */
export function findApiTokenUser(db: Db, tokenHash: string, nowIso: string) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .innerJoin('organisations', 'organisations.id', 'users.org_id')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.expires_at',
      'users.id',
      'users.org_id',
      'organisations.name as org_name',
      'users.email',
      'users.name',
      'users.role',
      'users.client_id',
      'users.disabled',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', nowIso)]))
    .executeTakeFirst();
}

export function touchApiToken(db: Db, tokenId: string, nowIso: string) {
  return db.updateTable('api_tokens').set({ last_used_at: nowIso }).where('id', '=', tokenId).execute();
}

export function insertApiToken(
  db: Db,
  row: {
    id: string;
    org_id: string;
    user_id: string;
    name: string;
    token_hash: string;
    created_at: string;
    expires_at: string;
  },
) {
  return db.insertInto('api_tokens').values(row).execute();
}

export function listApiTokens(db: Db, orgId: string, userId?: string) {
  let q = db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'name', 'created_at', 'revoked_at', 'last_used_at', 'expires_at'])
    .where('org_id', '=', orgId);
  if (userId) q = q.where('user_id', '=', userId);
  return q.orderBy('created_at', 'desc').execute();
}

export function revokeApiToken(db: Db, orgId: string, id: string, nowIso: string) {
  return db
    .updateTable('api_tokens')
    .set({ revoked_at: nowIso })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export function insertLoginFailure(db: Db, row: { id: string; email: string; ip: string; at: string }) {
  return db.insertInto('login_failures').values(row).execute();
}

/** Failures since `sinceIso` for this email and for this address. */
export async function countLoginFailures(db: Db, email: string, ip: string, sinceIso: string) {
  const byEmail = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('email', '=', email)
    .where('at', '>', sinceIso)
    .executeTakeFirstOrThrow();
  const byIp = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ip', '=', ip)
    .where('at', '>', sinceIso)
    .executeTakeFirstOrThrow();
  return { byEmail: Number(byEmail.n), byIp: Number(byIp.n) };
}

/**
 * Reserves one login attempt as a failure before the password is checked, unless this email or
 * this address already has `max` failures since `sinceIso`: the count and the insert run in one
 * transaction that holds a lock per email and per address (PostgreSQL: transaction advisory
 * locks, taken in a fixed order; SQLite: the single writer), so concurrent attempts are counted
 * one after the other. Returns false when the attempt is refused.
 */
export async function reserveLoginAttempt(
  db: Db,
  dialect: Dialect,
  row: { id: string; email: string; ip: string; at: string },
  sinceIso: string,
  max: { byEmail: number; byIp: number },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') {
      for (const key of [`login:email:${row.email}`, `login:ip:${row.ip}`].sort()) {
        await sql`select pg_advisory_xact_lock(hashtext(current_schema()), hashtext(${key}))`.execute(trx);
      }
    }
    const failures = await countLoginFailures(trx, row.email, row.ip, sinceIso);
    if (failures.byEmail >= max.byEmail || failures.byIp >= max.byIp) return false;
    await insertLoginFailure(trx, row);
    return true;
  });
}

export function clearLoginFailures(db: Db, email: string) {
  return db.deleteFrom('login_failures').where('email', '=', email).execute();
}

/** PostgreSQL: NOTIFY on a channel; delivered to the listeners when the transaction of `db` commits. */
export async function notifyChannel(db: Db, channel: string, payload: string): Promise<void> {
  await sql`select pg_notify(${channel}, ${payload})`.execute(db);
}

/** Deletes the login failures (e-mail and IP) recorded before `beforeIso` (connection logs, art. 17.2). */
export async function purgeLoginFailuresBefore(db: Db, beforeIso: string): Promise<number> {
  const res = await db.deleteFrom('login_failures').where('at', '<', beforeIso).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** The login failures recorded for an e-mail address (what we hold about a person). */
export function loginFailuresOf(db: Db, email: string) {
  return db
    .selectFrom('login_failures')
    .select(['ip', 'at'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .orderBy('at')
    .execute();
}

/** Deletes the login failures of an e-mail address (erasure request). */
export async function eraseLoginFailuresOf(db: Db, email: string): Promise<number> {
  const res = await db
    .deleteFrom('login_failures')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
