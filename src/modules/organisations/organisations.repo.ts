import type { Insertable, Selectable } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';
import type { OrganisationsTable, OrganisationVersionsTable } from '../../db/schema.ts';

export type OrganisationRow = Selectable<OrganisationsTable>;
export type OrganisationVersionRow = OrganisationVersionsTable;

export function findOrganisation(db: Db, id: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function firstOrganisation(db: Db) {
  return db.selectFrom('organisations').selectAll().orderBy('created_at').executeTakeFirst();
}

/** Reads and locks the organisation's row until the transaction ends (PostgreSQL: row lock; SQLite: one writer). */
export function lockOrganisation(trx: Db, dialect: Dialect, id: string) {
  let q = trx.selectFrom('organisations').selectAll().where('id', '=', id);
  if (dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}

export function insertOrganisation(db: Db, row: Insertable<OrganisationsTable>) {
  return db.insertInto('organisations').values(row).execute();
}

export function updateOrganisation(db: Db, id: string, set: Partial<Omit<OrganisationRow, 'id' | 'created_at'>>) {
  return db.updateTable('organisations').set(set).where('id', '=', id).execute();
}

export function insertVersion(db: Db, row: OrganisationVersionRow) {
  return db.insertInto('organisation_versions').values(row).execute();
}

export function lastVersion(db: Db, orgId: string) {
  return db
    .selectFrom('organisation_versions')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The last version in force at `at` (valid_from ≤ at), or the first one when `at` comes before it. */
export async function versionAt(db: Db, orgId: string, at: string) {
  const inForce = await db
    .selectFrom('organisation_versions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('valid_from', '<=', at)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (
    inForce ??
    db
      .selectFrom('organisation_versions')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('version')
      .limit(1)
      .executeTakeFirst()
  );
}

/** Clients (not anonymised) paying by SEPA direct debit: their invoices print the creditor identifier. */
export async function countDirectDebitClients(db: Db, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('clients')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .where('payment_method', '=', 'direct-debit')
    .where('anonymised_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
