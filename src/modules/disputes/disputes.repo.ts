import type { Db } from '../../db/database.ts';
import type { ConfidentialItemsTable, DisputesTable, SolicitationHiringsTable } from '../../db/schema.ts';

export function clientExists(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('clients')
    .select(['id', 'legal_name'])
    .where('org_id', '=', orgId)
    .where('id', '=', clientId)
    .executeTakeFirst();
}

/** The client's contracts: whether one still runs, and the last end (non-solicitation, art. 18). */
export function contractEndsOf(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('contracts')
    .select(['id', 'status', 'ended_on', 'terms_version'])
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .execute();
}

export function contractOfClient(db: Db, orgId: string, clientId: string, contractId: string) {
  return db
    .selectFrom('contracts')
    .select(['id'])
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('id', '=', contractId)
    .executeTakeFirst();
}

export function insertDispute(trx: Db, row: DisputesTable) {
  return trx.insertInto('disputes').values(row).execute();
}
export function disputesOf(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('disputes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('notified_on', 'desc')
    .orderBy('id')
    .execute();
}

export function insertHiring(trx: Db, row: SolicitationHiringsTable) {
  return trx.insertInto('solicitation_hirings').values(row).execute();
}
export function hiringsOf(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('solicitation_hirings')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('hired_on', 'desc')
    .orderBy('id')
    .execute();
}

export function insertConfidentialItem(trx: Db, row: ConfidentialItemsTable) {
  return trx.insertInto('confidential_items').values(row).execute();
}
export function confidentialItemsOf(db: Db, orgId: string, f: { clientId?: string; contractId?: string }) {
  let q = db.selectFrom('confidential_items').selectAll().where('org_id', '=', orgId);
  if (f.clientId) q = q.where('client_id', '=', f.clientId);
  if (f.contractId) q = q.where('contract_id', '=', f.contractId);
  return q.orderBy('disclosed_on', 'desc').orderBy('id').limit(500).execute();
}
