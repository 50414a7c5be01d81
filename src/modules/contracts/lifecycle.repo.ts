import type { Insertable } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';
import type {
  ContractStatus,
  ContractStatusChangesTable,
  ContractTerminationsTable,
  ForceMajeureEventsTable,
  FormalNoticesTable,
} from '../../db/schema.ts';

/** The contract's status and end, locked until the transaction ends (PostgreSQL: FOR UPDATE). */
export async function lockContract(trx: Db, dialect: Dialect, orgId: string, id: string) {
  let q = trx
    .selectFrom('contracts')
    .select(['id', 'number', 'client_id', 'status', 'ended_on', 'effective_date', 'terms_version', 'lessor_id'])
    .where('org_id', '=', orgId)
    .where('id', '=', id);
  if (dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function setStatus(
  trx: Db,
  orgId: string,
  id: string,
  status: ContractStatus,
  endedOn: string | null,
  at: string,
) {
  await trx
    .updateTable('contracts')
    .set({ status, ended_on: endedOn, updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export function insertStatusChange(trx: Db, row: ContractStatusChangesTable) {
  return trx.insertInto('contract_status_changes').values(row).execute();
}

export function statusChangesOf(db: Db, orgId: string, contractId: string) {
  return db
    .selectFrom('contract_status_changes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
}

// ---- formal notices (art. 15.2) ----------------------------------------------------------------

export function insertNotice(trx: Db, row: Insertable<FormalNoticesTable>) {
  return trx.insertInto('formal_notices').values(row).execute();
}

export function findNotice(db: Db, orgId: string, contractId: string, id: string) {
  return db
    .selectFrom('formal_notices')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function noticesOf(db: Db, orgId: string, contractId: string) {
  return db
    .selectFrom('formal_notices')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function updateNotice(
  trx: Db,
  id: string,
  set: Partial<Pick<FormalNoticesTable, 'received_on' | 'terminable_from' | 'cured_on' | 'terminable_flagged_on'>>,
  at: string,
) {
  await trx
    .updateTable('formal_notices')
    .set({ ...set, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Notices with an AR, not cured, not yet flagged, whose contract still runs and is terminable on asOf. */
export function noticesBecomingTerminable(db: Db, orgId: string, asOf: string) {
  return db
    .selectFrom('formal_notices')
    .innerJoin('contracts', 'contracts.id', 'formal_notices.contract_id')
    .selectAll('formal_notices')
    .select(['contracts.number as contract_number', 'contracts.terms_version'])
    .where('formal_notices.org_id', '=', orgId)
    .where('formal_notices.received_on', 'is not', null)
    .where('formal_notices.cured_on', 'is', null)
    .where('formal_notices.terminable_flagged_on', 'is', null)
    .where('formal_notices.terminable_from', '<=', asOf)
    .where('contracts.status', 'in', ['active', 'suspended'])
    .orderBy('formal_notices.id')
    .execute();
}

// ---- terminations ------------------------------------------------------------------------------

export function insertTermination(trx: Db, row: ContractTerminationsTable) {
  return trx.insertInto('contract_terminations').values(row).execute();
}

export function terminationOf(db: Db, orgId: string, contractId: string) {
  return db
    .selectFrom('contract_terminations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .executeTakeFirst();
}

/** Issued rent invoice lines of a contract running on or after a day (refund listing on termination). */
export function rentLinesFrom(trx: Db, orgId: string, contractId: string, day: string) {
  return trx
    .selectFrom('invoice_lines')
    .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
    .select([
      'invoices.id as invoice_id',
      'invoices.number',
      'invoice_lines.id as line_id',
      'invoice_lines.label',
      'invoice_lines.net_cents',
      'invoice_lines.vat_rate',
      'invoice_lines.nature',
      'invoice_lines.period_start',
      'invoice_lines.period_end',
    ])
    .where('invoices.org_id', '=', orgId)
    .where('invoices.contract_id', '=', contractId)
    .where('invoices.kind', '=', 'invoice')
    .where('invoices.status', '=', 'issued')
    .where('invoices.origin', '=', 'rent')
    .where('invoice_lines.period_end', '>=', day)
    .orderBy('invoices.number')
    .orderBy('invoice_lines.position')
    .execute();
}

// ---- force majeure (art. 16) -------------------------------------------------------------------

export function insertEvent(trx: Db, row: ForceMajeureEventsTable) {
  return trx.insertInto('force_majeure_events').values(row).execute();
}

export async function linkContracts(trx: Db, orgId: string, eventId: string, contractIds: readonly string[]) {
  if (contractIds.length === 0) return;
  await trx
    .insertInto('force_majeure_contracts')
    .values(contractIds.map((contract_id) => ({ org_id: orgId, event_id: eventId, contract_id })))
    .execute();
}

export function findEvent(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('force_majeure_events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listEvents(db: Db, orgId: string) {
  return db
    .selectFrom('force_majeure_events')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('start_date', 'desc')
    .orderBy('id')
    .limit(500)
    .execute();
}

export async function endEvent(trx: Db, id: string, endDate: string, at: string) {
  await trx
    .updateTable('force_majeure_events')
    .set({ end_date: endDate, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function contractsOfEvent(db: Db, orgId: string, eventId: string) {
  const rows = await db
    .selectFrom('force_majeure_contracts')
    .select('contract_id')
    .where('org_id', '=', orgId)
    .where('event_id', '=', eventId)
    .orderBy('contract_id')
    .execute();
  return rows.map((r) => r.contract_id);
}

/** The force-majeure events affecting a contract, oldest first. */
export function eventsOfContract(db: Db, orgId: string, contractId: string) {
  return db
    .selectFrom('force_majeure_events')
    .innerJoin('force_majeure_contracts', 'force_majeure_contracts.event_id', 'force_majeure_events.id')
    .selectAll('force_majeure_events')
    .where('force_majeure_contracts.org_id', '=', orgId)
    .where('force_majeure_contracts.contract_id', '=', contractId)
    .orderBy('force_majeure_events.start_date')
    .orderBy('force_majeure_events.id')
    .execute();
}

/** The events of several contracts in one query (read models listing interventions of many contracts). */
export function eventsOfContracts(db: Db, orgId: string, contractIds: readonly string[]) {
  return db
    .selectFrom('force_majeure_events')
    .innerJoin('force_majeure_contracts', 'force_majeure_contracts.event_id', 'force_majeure_events.id')
    .select(['force_majeure_contracts.contract_id', 'force_majeure_events.start_date', 'force_majeure_events.end_date'])
    .where('force_majeure_contracts.org_id', '=', orgId)
    .where('force_majeure_contracts.contract_id', 'in', contractIds)
    .orderBy('force_majeure_events.start_date')
    .orderBy('force_majeure_events.id')
    .execute();
}

export function existingContractIds(db: Db, orgId: string, ids: readonly string[]) {
  return db
    .selectFrom('contracts')
    .select(['id', 'status'])
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .execute();
}
