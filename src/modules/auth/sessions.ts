import type { Db } from '../../db/database.ts';
import { deleteSessionsOfUser } from './auth.repo.ts';
import { forgetUser } from './auth-cache.ts';

/** Ends every open session of a user (disabled, or role changed). */
export async function endSessionsOfUser(db: Db, userId: string): Promise<void> {
  await deleteSessionsOfUser(db, userId);
  forgetUser(userId);
}
