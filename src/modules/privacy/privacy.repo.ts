import type { Db } from '../../db/database.ts';
import type { DataSubjectRequestsTable } from '../../db/schema.ts';

/** Clients whose personal data is still there, with the end of relationship entered by hand. */
export function clientsNotErased(db: Db, orgId: string, clientId?: string) {
  let q = db
    .selectFrom('clients')
    .select([
      'id',
      'legal_name',
      'email',
      'relationship_ended_on',
      'relationship_end_reason',
      'relationship_end_set_by',
      'relationship_end_set_at',
    ])
    .where('org_id', '=', orgId)
    .where('anonymised_at', 'is', null);
  if (clientId) q = q.where('id', '=', clientId);
  return q.orderBy('id').execute();
}

/** Each contract of the organisation with the last day of its rentals (null: no rental line or one without end). */
export function contractEnds(db: Db, orgId: string, clientId?: string) {
  let q = db
    .selectFrom('contracts as c')
    .leftJoin('contract_lines as l', (j) => j.onRef('l.contract_id', '=', 'c.id').on('l.kind', '=', 'rental'))
    .select((eb) => [
      'c.id',
      'c.client_id',
      'c.effective_date',
      eb.fn.max('l.rental_ends_on').as('last_rental_end'),
      eb.fn.count('l.id').as('rental_lines'),
      eb.fn.count('l.rental_ends_on').as('rental_lines_with_end'),
    ])
    .where('c.org_id', '=', orgId);
  if (clientId) q = q.where('c.client_id', '=', clientId);
  return q.groupBy(['c.id', 'c.client_id', 'c.effective_date']).execute();
}

/** Per client: issued invoices not settled, and the day the last one was settled. */
export function invoiceSettlement(db: Db, orgId: string, clientId?: string) {
  let q = db
    .selectFrom('invoices')
    .select((eb) => [
      'client_id',
      eb.fn.count('id').as('issued'),
      eb.fn.count('settled_on').as('settled'),
      eb.fn.max('settled_on').as('last_settled_on'),
    ])
    .where('org_id', '=', orgId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued');
  if (clientId) q = q.where('client_id', '=', clientId);
  return q.groupBy('client_id').execute();
}

/** The portal users of a client (e-mails gathered before an erasure). */
export function portalUsersOfClient(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'created_at', 'disabled'])
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('id')
    .execute();
}

export function contactsOfClient(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('client_contacts')
    .select(['id', 'name', 'title', 'email', 'phone', 'created_at'])
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('id')
    .execute();
}

export function settingsOf(db: Db, orgId: string) {
  return db.selectFrom('privacy_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

export async function saveSettings(db: Db, orgId: string, days: number, by: string, at: string) {
  const set = { connection_log_retention_days: days, updated_by: by, updated_at: at };
  await db
    .insertInto('privacy_settings')
    .values({ org_id: orgId, ...set })
    .onConflict((oc) => oc.column('org_id').doUpdateSet(set))
    .execute();
}

// What is held about one e-mail address (lower-case comparison).

export function usersByEmail(db: Db, orgId: string, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'client_id', 'created_at', 'disabled', 'restricted_on', 'objected_on'])
    .where('org_id', '=', orgId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .execute();
}

export function contactsByEmail(db: Db, orgId: string, email: string) {
  return db
    .selectFrom('client_contacts as k')
    .innerJoin('clients as c', 'c.id', 'k.client_id')
    .select([
      'k.id',
      'k.client_id',
      'c.legal_name',
      'k.name',
      'k.title',
      'k.email',
      'k.phone',
      'k.created_at',
      'k.restricted_on',
      'k.objected_on',
    ])
    .where('k.org_id', '=', orgId)
    .where((eb) => eb(eb.fn('lower', ['k.email']), '=', email))
    .execute();
}

export function clientsByEmail(db: Db, orgId: string, email: string) {
  return db
    .selectFrom('clients')
    .select(['id', 'legal_name', 'email', 'phone'])
    .where('org_id', '=', orgId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .execute();
}

/** Quotes accepted in the portal by one of these users (the acceptance record names them). */
export function acceptancesByUsers(db: Db, orgId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('quotes')
    .select(['id', 'number', 'version', 'client_id', 'acceptance_json'])
    .where('org_id', '=', orgId)
    .where('acceptance_json', 'is not', null)
    .where((eb) => eb.or(userIds.map((u) => eb('acceptance_json', 'like', `%"recordedBy":${JSON.stringify(u)}%`))))
    .execute();
}

export function requestsByEmail(db: Db, orgId: string, email: string) {
  return db
    .selectFrom('data_subject_requests')
    .selectAll()
    .where('org_id', '=', orgId)
    .where((eb) => eb(eb.fn('lower', ['subject_email']), '=', email))
    .orderBy('received_on')
    .execute();
}

// Data-subject requests (owned by this module).

export type RequestRow = DataSubjectRequestsTable;

export function insertRequest(db: Db, row: RequestRow) {
  return db.insertInto('data_subject_requests').values(row).execute();
}

export function findRequest(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('data_subject_requests')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function updateRequest(db: Db, orgId: string, id: string, set: Partial<RequestRow>) {
  return db.updateTable('data_subject_requests').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export function listRequests(
  db: Db,
  orgId: string,
  filter: { status?: RequestRow['status']; dueBy?: string; portalUserId?: string },
) {
  let q = db.selectFrom('data_subject_requests').selectAll().where('org_id', '=', orgId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.portalUserId) q = q.where('portal_user_id', '=', filter.portalUserId);
  if (filter.dueBy) {
    const dueBy = filter.dueBy;
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('extended_due_on', 'is', null), eb('due_on', '<=', dueBy)]),
        eb('extended_due_on', '<=', dueBy),
      ]),
    );
  }
  return q.orderBy('received_on').orderBy('id').execute();
}

/** The requests of a client lose the person's identity with the client's other data (art. 17.2). */
export function eraseRequestsOfClient(db: Db, orgId: string, clientId: string, at: string) {
  return db
    .updateTable('data_subject_requests')
    .set({ subject_email: 'erased', subject_name: null, updated_at: at })
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .execute();
}
