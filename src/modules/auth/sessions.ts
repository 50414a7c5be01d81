import type { Db, Dialect } from '../../db/database.ts';
import { deleteSessionsOfUser } from './auth.repo.ts';
import { forgetEverywhere } from './auth-invalidation.ts';

/** Ends every open session of a user (disabled, or role changed), on every instance. */
export async function endSessionsOfUser(db: Db, dialect: Dialect, userId: string): Promise<void> {
  await deleteSessionsOfUser(db, userId);
  await forgetEverywhere(db, dialect, { forget: 'user', userId });
}
