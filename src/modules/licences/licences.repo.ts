import type { Db } from '../../db/database.ts';
import type { LicencesTable, LicenceUsagesTable } from '../../db/schema.ts';

export type LicenceRow = LicencesTable;

export async function insertLicences(db: Db, rows: LicencesTable[]) {
  if (rows.length > 0) await db.insertInto('licences').values(rows).execute();
}

/** One licence; `clientId` confines a client user to its own company's licences. */
export function findLicence(db: Db, orgId: string, id: string, clientId: string | null) {
  let q = db.selectFrom('licences').selectAll().where('org_id', '=', orgId).where('id', '=', id);
  if (clientId !== null) q = q.where('client_id', '=', clientId);
  return q.executeTakeFirst();
}

export function listLicences(db: Db, orgId: string, filter: { clientId: string | null; contractId?: string }) {
  let q = db.selectFrom('licences').selectAll().where('org_id', '=', orgId);
  if (filter.clientId !== null) q = q.where('client_id', '=', filter.clientId);
  if (filter.contractId) q = q.where('contract_id', '=', filter.contractId);
  return q.orderBy('created_at').orderBy('id').execute();
}

export function usagesOf(db: Db, licenceId: string) {
  return db
    .selectFrom('licence_usages')
    .selectAll()
    .where('licence_id', '=', licenceId)
    .orderBy('observed_on')
    .orderBy('recorded_at')
    .execute();
}

export function insertUsage(db: Db, row: LicenceUsagesTable) {
  return db.insertInto('licence_usages').values(row).execute();
}

/** The issued invoice carrying a contract line, and when it was settled (art. 5.2, 9.1). */
export function invoiceOfContractLine(db: Db, orgId: string, contractLineId: string) {
  return db
    .selectFrom('invoice_lines')
    .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
    .select(['invoices.number', 'invoices.settled_on'])
    .where('invoices.org_id', '=', orgId)
    .where('invoice_lines.contract_line_id', '=', contractLineId)
    .where('invoices.kind', '=', 'invoice')
    .where('invoices.status', '=', 'issued')
    .orderBy('invoices.issue_date')
    .executeTakeFirst();
}
