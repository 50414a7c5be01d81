import type { Db } from '../../db/database.ts';
import type { ClientsTable } from '../../db/schema.ts';

export function findClient(db: Db, orgId: string, id: string) {
  return db.selectFrom('clients').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** Clients of the organisation; `onlyId` restricts to one (a client user's own). */
export function listClients(db: Db, orgId: string, onlyId: string | null) {
  let q = db.selectFrom('clients').selectAll().where('org_id', '=', orgId);
  if (onlyId !== null) q = q.where('id', '=', onlyId);
  return q.orderBy('legal_name').execute();
}

export function insertClient(db: Db, row: ClientsTable) {
  return db.insertInto('clients').values(row).execute();
}
