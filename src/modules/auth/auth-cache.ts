/**
 * A short-lived, per-process cache of resolved sessions and tokens. Reading the session is most
 * of the cost of a small authenticated read; for CACHE_MS after a lookup the same cookie is
 * answered from memory. Logout, disabling a user and revoking a token clear their entries here
 * at once; another instance notices within CACHE_MS (ADR 0008).
 */
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

export function cachedAuth(key: string, nowMs: number): Authentication | undefined {
  const e = cache.get(key);
  if (!e) return undefined;
  if (e.validUntil <= nowMs) {
    cache.delete(key);
    return undefined;
  }
  return e.auth;
}

/** Keeps a lookup for CACHE_MS, never past the session's own expiry. */
export function rememberAuth(key: string, auth: Authentication, nowMs: number, expiresAtMs = Infinity): void {
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, { auth, validUntil: Math.min(nowMs + CACHE_MS, expiresAtMs) });
}

export function forgetKey(key: string): void {
  cache.delete(key);
}

export function forgetUser(userId: string): void {
  for (const [k, e] of cache) if (e.auth.actor.userId === userId) cache.delete(k);
}

/** Forgets every cached lookup (token revocation: only the token id is known, not its hash). */
export function forgetAll(): void {
  cache.clear();
}
