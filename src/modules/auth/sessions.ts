import type { Db, Dialect } from '../../db/database.ts';
import { deleteOtherSessionsOfUser, deleteSessionsOfUser, deleteTokensOfUser } from './auth.repo.ts';
import { sha256Hex } from './secrets.ts';
import { forgetEverywhere } from './auth-invalidation.ts';

/** Ends every open session of a user (disabled, or role changed), on every instance. */
export async function endSessionsOfUser(db: Db, dialect: Dialect, userId: string): Promise<void> {
  await deleteSessionsOfUser(db, userId);
  await forgetEverywhere(db, dialect, { forget: 'user', userId });
}

/** Removes every way a user had in, on every instance: its sessions and its API tokens (an anonymised user, art. 17.2). */
export async function removeAllAccessOfUser(db: Db, dialect: Dialect, userId: string): Promise<void> {
  await deleteSessionsOfUser(db, userId);
  await deleteTokensOfUser(db, userId);
  await forgetEverywhere(db, dialect, { forget: 'user', userId });
}

/** Ends a user's other sessions on every instance, keeping the one of `keepSessionToken` (a password change). */
export async function endOtherSessionsOfUser(
  db: Db,
  dialect: Dialect,
  userId: string,
  keepSessionToken: string | undefined,
): Promise<void> {
  await deleteOtherSessionsOfUser(db, userId, keepSessionToken ? sha256Hex(keepSessionToken) : null);
  await forgetEverywhere(db, dialect, { forget: 'user', userId });
}
