import type { Db } from '../../db/database.ts';
import type {
  DataBreachesTable,
  DataReturnTasksTable,
  ProcessorAuditsTable,
  SubProcessorNoticesTable,
  SubProcessorsTable,
} from '../../db/schema.ts';

export type SubProcessorRow = SubProcessorsTable;
export type BreachRow = DataBreachesTable;
export type AuditRow = ProcessorAuditsTable;
export type ReturnTaskRow = DataReturnTasksTable;

export function insertSubProcessor(db: Db, row: SubProcessorsTable) {
  return db.insertInto('sub_processors').values(row).execute();
}

export function endSubProcessor(db: Db, orgId: string, id: string, at: string) {
  return db
    .updateTable('sub_processors')
    .set({ active: 0, ended_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('active', '=', 1)
    .executeTakeFirst();
}

export function findSubProcessor(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('sub_processors')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listSubProcessors(db: Db, orgId: string) {
  return db
    .selectFrom('sub_processors')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function insertNotice(db: Db, row: SubProcessorNoticesTable) {
  return db.insertInto('sub_processor_notices').values(row).execute();
}

export function noticesOf(db: Db, orgId: string, subProcessorId: string) {
  return db
    .selectFrom('sub_processor_notices as n')
    .innerJoin('clients as c', 'c.id', 'n.client_id')
    .select([
      'n.id',
      'n.client_id',
      'c.legal_name',
      'n.change',
      'n.sent_on',
      'n.objection_until',
      'n.outbox_message_id',
      'n.objected_on',
    ])
    .where('n.org_id', '=', orgId)
    .where('n.sub_processor_id', '=', subProcessorId)
    .orderBy('c.legal_name')
    .execute();
}

export function catalogueItems(db: Db, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('catalogue_items')
    .select(['id', 'sku', 'name', 'solution_kind', 'category'])
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .execute();
}

/** The clients (not erased) with a contract line on one of these catalogue items. */
export function clientsUsing(db: Db, orgId: string, itemIds: readonly string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('contract_lines as l')
    .innerJoin('contracts as k', 'k.id', 'l.contract_id')
    .innerJoin('clients as c', 'c.id', 'k.client_id')
    .select(['c.id', 'c.legal_name'])
    .distinct()
    .where('l.org_id', '=', orgId)
    .where('l.catalogue_item_id', 'in', itemIds)
    .where('c.anonymised_at', 'is', null)
    .orderBy('c.id')
    .execute();
}

/** The register (art. 30(2)): each client's contract lines on a product or a virtualized solution. */
export function processingLines(db: Db, orgId: string) {
  return db
    .selectFrom('contract_lines as l')
    .innerJoin('contracts as k', 'k.id', 'l.contract_id')
    .innerJoin('clients as c', 'c.id', 'k.client_id')
    .innerJoin('catalogue_items as i', 'i.id', 'l.catalogue_item_id')
    .select([
      'c.id as client_id',
      'c.legal_name',
      'i.id as item_id',
      'i.name as item_name',
      'i.solution_kind',
      'k.number',
    ])
    .where('l.org_id', '=', orgId)
    .where('i.kind', '=', 'product')
    .orderBy('c.legal_name')
    .orderBy('i.name')
    .execute();
}

export function insertBreach(db: Db, row: DataBreachesTable) {
  return db.insertInto('data_breaches').values(row).execute();
}

export function findBreach(db: Db, orgId: string, id: string) {
  return db.selectFrom('data_breaches').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function updateBreach(db: Db, orgId: string, id: string, set: Partial<DataBreachesTable>) {
  return db.updateTable('data_breaches').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export function listBreaches(db: Db, orgId: string) {
  return db
    .selectFrom('data_breaches')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('discovered_at', 'desc')
    .execute();
}

export function insertAudit(db: Db, row: ProcessorAuditsTable) {
  return db.insertInto('processor_audits').values(row).execute();
}

export function auditsOfClient(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('processor_audits')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('requested_on', 'desc')
    .execute();
}

export function listAudits(db: Db, orgId: string) {
  return db
    .selectFrom('processor_audits as a')
    .innerJoin('clients as c', 'c.id', 'a.client_id')
    .selectAll('a')
    .select('c.legal_name')
    .where('a.org_id', '=', orgId)
    .orderBy('a.requested_on', 'desc')
    .execute();
}

export function insertReturnTask(db: Db, row: DataReturnTasksTable) {
  return db.insertInto('data_return_tasks').values(row).execute();
}

export function findReturnTask(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('data_return_tasks')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function updateReturnTask(db: Db, orgId: string, id: string, from: string, set: Partial<DataReturnTasksTable>) {
  return db
    .updateTable('data_return_tasks')
    .set(set)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', from as DataReturnTasksTable['status'])
    .executeTakeFirst();
}

export function listReturnTasks(db: Db, orgId: string) {
  return db
    .selectFrom('data_return_tasks as r')
    .innerJoin('clients as c', 'c.id', 'r.client_id')
    .selectAll('r')
    .select('c.legal_name')
    .where('r.org_id', '=', orgId)
    .orderBy('r.created_at', 'desc')
    .execute();
}

export function setAuditReport(db: Db, orgId: string, id: string, sha256: string) {
  return db
    .updateTable('processor_audits')
    .set({ report_sha256: sha256 })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}
