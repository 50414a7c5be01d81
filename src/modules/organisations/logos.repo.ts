import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { OrganisationLogosTable } from '../../db/schema.ts';

/** A logo version, without its bytes. */
export function findLogo(db: Db, orgId: string, sha256: string) {
  return db
    .selectFrom('organisation_logos')
    .select(['sha256', 'media_type', 'width_px', 'height_px', 'uploaded_at'])
    .where('org_id', '=', orgId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

/** The bytes of a logo version (every version stays: documents issued under it print it). */
export async function logoContent(db: Db, orgId: string, sha256: string) {
  return db
    .selectFrom('organisation_logos')
    .select(['media_type', 'content'])
    .where('org_id', '=', orgId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

export function insertLogo(db: Db, row: Insertable<OrganisationLogosTable>) {
  return db.insertInto('organisation_logos').values(row).execute();
}
