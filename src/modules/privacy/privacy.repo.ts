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
