import type { Db } from '../../db/database.ts';
import type { TermsVersionsTable } from '../../db/schema.ts';

export function listVersions(db: Db, orgId: string) {
  return db
    .selectFrom('terms_versions')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('effective_from')
    .orderBy('version')
    .execute();
}

export function findVersion(db: Db, orgId: string, version: string) {
  return db
    .selectFrom('terms_versions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export function publishedVersions(db: Db, orgId: string) {
  return db
    .selectFrom('terms_versions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('status', '=', 'published')
    .orderBy('effective_from')
    .execute();
}

export function insertVersion(db: Db, row: TermsVersionsTable) {
  return db.insertInto('terms_versions').values(row).execute();
}

/** Updates a draft only: the status condition makes a published version unchangeable here too. */
export function updateDraft(
  db: Db,
  orgId: string,
  version: string,
  set: Partial<Pick<TermsVersionsTable, 'effective_from' | 'parameters_json' | 'articles_json'>>,
) {
  return db
    .updateTable('terms_versions')
    .set(set)
    .where('org_id', '=', orgId)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

export function markPublished(db: Db, orgId: string, version: string, at: string, by: string) {
  return db
    .updateTable('terms_versions')
    .set({ status: 'published', published_at: at, published_by: by })
    .where('org_id', '=', orgId)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

/** The published versions' ids and dates only (the cheap part of termsInForce). */
export function publishedVersionDates(db: Db, orgId: string) {
  return db
    .selectFrom('terms_versions')
    .select(['version', 'effective_from'])
    .where('org_id', '=', orgId)
    .where('status', '=', 'published')
    .orderBy('effective_from')
    .execute();
}
