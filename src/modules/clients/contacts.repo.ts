import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ClientContactsTable } from '../../db/schema.ts';

export function listContacts(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('client_contacts')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export type ContactRow = Awaited<ReturnType<typeof listContacts>>[number];

export function findContact(db: Db, orgId: string, clientId: string, id: string) {
  return db
    .selectFrom('client_contacts')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertContact(db: Db, row: ClientContactsTable) {
  return db.insertInto('client_contacts').values(row).execute();
}

export function updateContact(db: Db, orgId: string, id: string, set: Updateable<ClientContactsTable>) {
  return db.updateTable('client_contacts').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export function deleteContact(db: Db, orgId: string, id: string) {
  return db.deleteFrom('client_contacts').where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** True when the client has an active portal account (a user of role 'client' bound to it). */
export async function hasPortalAccount(db: Db, orgId: string, clientId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('role', '=', 'client')
    .where('disabled', '=', 0)
    .executeTakeFirst();
  return row !== undefined;
}
