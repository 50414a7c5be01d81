import type { Db } from '../../db/database.ts';

/** Clients whose relationship has ended and whose personal data is still there. */
export function clientsAwaitingErasure(db: Db, orgId: string) {
  return db
    .selectFrom('clients')
    .select(['id', 'legal_name', 'relationship_ended_on'])
    .where('org_id', '=', orgId)
    .where('relationship_ended_on', 'is not', null)
    .where('anonymised_at', 'is', null)
    .orderBy('id')
    .execute();
}

/**
 * Removes the personal data attached to a client: its contact email and phone, its contacts, and the identity
 * of its portal users. The company's legal identity stays (a legal person; invoices are kept 10
 * years under the Code de commerce).
 */
export async function anonymiseClient(db: Db, orgId: string, clientId: string, at: string) {
  await db.updateTable('clients').set({ email: null, phone: null, anonymised_at: at, updated_at: at }).where('org_id', '=', orgId).where('id', '=', clientId).execute();
  // Contacts are people: kept as rows (the correspondent points at one) but emptied of who they were.
  await db.updateTable('client_contacts').set({ name: 'Contact anonymisé', title: null, email: null, phone: null, updated_at: at }).where('org_id', '=', orgId).where('client_id', '=', clientId).execute();
  const users = await db.selectFrom('users').select('id').where('org_id', '=', orgId).where('client_id', '=', clientId).execute();
  for (const u of users) {
    await db.deleteFrom('sessions').where('user_id', '=', u.id).execute();
    await db.deleteFrom('api_tokens').where('user_id', '=', u.id).execute();
    await db
      .updateTable('users')
      .set({ name: 'Utilisateur anonymisé', email: `anonymised-${u.id}@invalid.example`, password_hash: 'anonymised', disabled: 1, updated_at: at })
      .where('id', '=', u.id)
      .execute();
  }
  return users.length;
}

