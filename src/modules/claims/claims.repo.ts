import type { Db } from '../../db/database.ts';
import type { ContestationsTable, ReturnRequestsTable, WarrantyClaimsTable } from '../../db/schema.ts';

/** A line of a contract with what the warranty needs (its catalogue item's warrantyMonths). */
export function contractLine(db: Db, orgId: string, contractId: string, lineId: string) {
  return db
    .selectFrom('contract_lines')
    .innerJoin('catalogue_items', 'catalogue_items.id', 'contract_lines.catalogue_item_id')
    .select([
      'contract_lines.id',
      'contract_lines.kind',
      'contract_lines.label',
      'contract_lines.sku',
      'contract_lines.quantity',
      'catalogue_items.warranty_months',
    ])
    .where('contract_lines.org_id', '=', orgId)
    .where('contract_lines.contract_id', '=', contractId)
    .where('contract_lines.id', '=', lineId)
    .executeTakeFirst();
}

/** What the client paid under a contract (art. 11.3 cap): payments allocated to its invoices. */
export async function paidUnderContract(db: Db, orgId: string, contractId: string): Promise<number> {
  const row = await db
    .selectFrom('invoices')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('paid_cents'), eb.lit(0)).as('paid'))
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .where('kind', '=', 'invoice')
    .executeTakeFirstOrThrow();
  return Number(row.paid);
}

// ---- contestations -------------------------------------------------------------------------------
export function insertContestation(trx: Db, row: ContestationsTable) {
  return trx.insertInto('contestations').values(row).execute();
}

export function listContestations(db: Db, orgId: string, f: { clientId: string | null; contractId?: string }) {
  let q = db.selectFrom('contestations').selectAll().where('org_id', '=', orgId);
  if (f.clientId !== null) q = q.where('client_id', '=', f.clientId);
  if (f.contractId) q = q.where('contract_id', '=', f.contractId);
  return q.orderBy('created_at', 'desc').orderBy('id').limit(500).execute();
}

// ---- warranty claims -----------------------------------------------------------------------------
export function insertWarrantyClaim(trx: Db, row: WarrantyClaimsTable) {
  return trx.insertInto('warranty_claims').values(row).execute();
}

export function findWarrantyClaim(db: Db, orgId: string, id: string, clientId: string | null) {
  let q = db.selectFrom('warranty_claims').selectAll().where('org_id', '=', orgId).where('id', '=', id);
  if (clientId !== null) q = q.where('client_id', '=', clientId);
  return q.executeTakeFirst();
}

export function listWarrantyClaims(db: Db, orgId: string, f: { clientId: string | null; contractId?: string }) {
  let q = db.selectFrom('warranty_claims').selectAll().where('org_id', '=', orgId);
  if (f.clientId !== null) q = q.where('client_id', '=', f.clientId);
  if (f.contractId) q = q.where('contract_id', '=', f.contractId);
  return q.orderBy('created_at', 'desc').orderBy('id').limit(500).execute();
}

/** Decides a pending claim; false when it was no longer pending (a concurrent decision won). */
export async function decideWarrantyClaim(
  trx: Db,
  id: string,
  set: Pick<
    WarrantyClaimsTable,
    'status' | 'exclusion' | 'decision_note' | 'decided_by' | 'decided_at' | 'letter_sha256' | 'updated_at'
  >,
): Promise<boolean> {
  const r = await trx
    .updateTable('warranty_claims')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---- returns (RMA) -------------------------------------------------------------------------------
export function insertReturn(trx: Db, row: ReturnRequestsTable) {
  return trx.insertInto('return_requests').values(row).execute();
}

export function findReturn(db: Db, orgId: string, id: string, clientId: string | null) {
  let q = db.selectFrom('return_requests').selectAll().where('org_id', '=', orgId).where('id', '=', id);
  if (clientId !== null) q = q.where('client_id', '=', clientId);
  return q.executeTakeFirst();
}

export function listReturns(db: Db, orgId: string, f: { clientId: string | null; contractId?: string }) {
  let q = db.selectFrom('return_requests').selectAll().where('org_id', '=', orgId);
  if (f.clientId !== null) q = q.where('client_id', '=', f.clientId);
  if (f.contractId) q = q.where('contract_id', '=', f.contractId);
  return q.orderBy('created_at', 'desc').orderBy('id').limit(500).execute();
}

/** Moves a return from one status to the next; false when it was no longer in `from`. */
export async function advanceReturn(
  trx: Db,
  id: string,
  from: ReturnRequestsTable['status'],
  set: Partial<ReturnRequestsTable>,
): Promise<boolean> {
  const r = await trx
    .updateTable('return_requests')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The issued invoice line that billed a contract line (the credit note of a returned unit corrects it). */
export function invoicedLineOf(db: Db, orgId: string, contractLineId: string) {
  return db
    .selectFrom('invoice_lines')
    .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
    .select([
      'invoices.id as invoice_id',
      'invoice_lines.label',
      'invoice_lines.sku',
      'invoice_lines.nature',
      'invoice_lines.unit_price_cents',
      'invoice_lines.discount_percent',
      'invoice_lines.vat_rate',
    ])
    .where('invoices.org_id', '=', orgId)
    .where('invoices.kind', '=', 'invoice')
    .where('invoices.status', '=', 'issued')
    .where('invoice_lines.contract_line_id', '=', contractLineId)
    .orderBy('invoices.number')
    .executeTakeFirst();
}
