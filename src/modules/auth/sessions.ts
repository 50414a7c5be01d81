import type { Db, Dialect } from '../../db/database.ts';
import { deleteSessionsOfUser, deleteTokensOfUser } from './auth.repo.ts';
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
