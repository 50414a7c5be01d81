/** The history of clients' printed identity (`client_versions`, 0011, ADR 0013). */
import type { Db } from '../../db/database.ts';
import type { ClientVersionsTable } from '../../db/schema.ts';

export type ClientVersionRow = ClientVersionsTable;

export function insertVersion(db: Db, row: ClientVersionRow) {
  return db.insertInto('client_versions').values(row).execute();
}

export function lastVersion(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('client_versions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The last version in force at `at` (valid_from ≤ at), or the first one when `at` comes before it. */
export async function versionAt(db: Db, orgId: string, clientId: string, at: string) {
  const mine = () =>
    db.selectFrom('client_versions').selectAll().where('org_id', '=', orgId).where('client_id', '=', clientId);
  const inForce = await mine().where('valid_from', '<=', at).orderBy('version', 'desc').limit(1).executeTakeFirst();
  return inForce ?? mine().orderBy('version').limit(1).executeTakeFirst();
}

export function versionsOf(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('client_versions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('version')
    .execute();
}

export function rewriteIdentity(db: Db, orgId: string, clientId: string, version: number, identityJson: string) {
  return db
    .updateTable('client_versions')
    .set({ identity_json: identityJson })
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('version', '=', version)
    .execute();
}
