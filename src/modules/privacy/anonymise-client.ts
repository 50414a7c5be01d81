import type { Db, Dialect } from '../../db/database.ts';
import { removeAllAccessOfUser } from '../auth/index.ts';
import { erasePersonalData } from '../clients/index.ts';
import { anonymiseUser, userIdsOfClient } from '../users/index.ts';

/**
 * Removes the personal data attached to a client (art. 17.2): its contact email and phone, its
 * contacts, and the identity of its portal users, whose sessions and tokens end. Each table is
 * written by the module that owns it.
 */
export async function anonymiseClient(db: Db, dialect: Dialect, orgId: string, clientId: string, at: string) {
  await erasePersonalData(db, orgId, clientId, at);
  const users = await userIdsOfClient(db, orgId, clientId);
  for (const u of users) {
    await removeAllAccessOfUser(db, dialect, u.id);
    await anonymiseUser(db, u.id, at);
  }
  return users.length;
}
