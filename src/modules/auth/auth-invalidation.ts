/**
 * Cache invalidation across instances (ADR 0008, issue #16). Each instance keeps its own short
 * cache of resolved sessions and tokens; on PostgreSQL, whatever ends a session or a token also
 * notifies the channel below in the same transaction, and every instance listening forgets the
 * entries at once when it commits. SQLite is one process: the local forget is enough.
 */
import type { Db, Dialect, Listen } from '../../db/database.ts';
import { notifyChannel } from './auth.repo.ts';
import { forgetAll, forgetKey, forgetUser } from './auth-cache.ts';

export const AUTH_CHANNEL = 'clausier_auth';

export type Invalidation = { forget: 'all' } | { forget: 'user'; userId: string } | { forget: 'key'; key: string };

function applyLocally(m: Invalidation): void {
  if (m.forget === 'all') forgetAll();
  else if (m.forget === 'user') forgetUser(m.userId);
  else forgetKey(m.key);
}

/** Forgets here at once, and (PostgreSQL) tells every other instance when `db`'s transaction commits. */
export async function forgetEverywhere(db: Db, dialect: Dialect, m: Invalidation): Promise<void> {
  applyLocally(m);
  if (dialect === 'postgres') await notifyChannel(db, AUTH_CHANNEL, JSON.stringify(m));
}

function applyPayload(payload: string): void {
  try {
    const m = JSON.parse(payload) as Invalidation;
    if (m.forget === 'user' && typeof m.userId === 'string') return applyLocally(m);
    if (m.forget === 'key' && typeof m.key === 'string') return applyLocally(m);
  } catch {
    // Not ours or garbled: forgetting everything is always safe.
  }
  forgetAll();
}

/**
 * Listens for the other instances' invalidations; while the listening connection is down (and
 * once it is back) the cache is emptied, so a missed notification never outlives CACHE_MS.
 */
export function listenForAuthInvalidations(listen: Listen): Promise<() => Promise<void>> {
  return listen(AUTH_CHANNEL, applyPayload, forgetAll);
}
