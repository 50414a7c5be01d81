/**
 * A short-lived, per-process cache of resolved sessions and tokens. Reading the session is most
 * of the cost of a small authenticated read; for CACHE_MS after a lookup the same cookie is
 * answered from memory. Logout, disabling a user and revoking a token clear their entries here
 * at once; another instance notices within CACHE_MS (ADR 0008).
 */
import type { Db } from '../../db/database.ts';
import type { Authentication } from './authenticate.ts';

export const CACHE_MS = 2_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  auth: Authentication;
  validUntil: number;
}

// One map per process: keys are hashes of random secrets and user ids are UUIDs, so entries of
// two databases in one process (tests) never collide, and a transaction object can clear them.
const cache = new Map<string, Entry>();

function cacheOf(_db: Db): Map<string, Entry> {
  return cache;
}

export function cachedAuth(db: Db, key: string, nowMs: number): Authentication | undefined {
  const c = cacheOf(db);
  const e = c.get(key);
  if (!e) return undefined;
  if (e.validUntil <= nowMs) {
    c.delete(key);
    return undefined;
  }
  return e.auth;
}

/** Keeps a lookup for CACHE_MS, never past the session's own expiry. */
export function rememberAuth(db: Db, key: string, auth: Authentication, nowMs: number, expiresAtMs = Infinity): void {
  const c = cacheOf(db);
  if (c.size >= MAX_ENTRIES) c.delete(c.keys().next().value as string);
  c.set(key, { auth, validUntil: Math.min(nowMs + CACHE_MS, expiresAtMs) });
}

export function forgetKey(db: Db, key: string): void {
  cacheOf(db).delete(key);
}

export function forgetUser(db: Db, userId: string): void {
  const c = cacheOf(db);
  for (const [k, e] of c) if (e.auth.actor.userId === userId) c.delete(k);
}

/** Forgets every cached lookup (token revocation: only the token id is known, not its hash). */
export function forgetAll(db: Db): void {
  cacheOf(db).clear();
}
