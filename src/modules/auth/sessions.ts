import type { Db } from '../../db/database.ts';
import { deleteSessionsOfUser, deleteTokensOfUser } from './auth.repo.ts';
import { forgetUser } from './auth-cache.ts';

/** Ends every open session of a user (disabled, or role changed). */
export async function endSessionsOfUser(db: Db, userId: string): Promise<void> {
  await deleteSessionsOfUser(db, userId);
  forgetUser(userId);
}

/** Removes every way a user had in: its sessions and its API tokens (an anonymised user, art. 17.2). */
export async function removeAllAccessOfUser(db: Db, userId: string): Promise<void> {
  await deleteSessionsOfUser(db, userId);
  await deleteTokensOfUser(db, userId);
  forgetUser(userId);
}
