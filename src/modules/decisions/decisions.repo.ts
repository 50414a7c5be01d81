import type { Db } from '../../db/database.ts';
import type { DecisionsTable } from '../../db/schema.ts';

export function findByEffectKey(db: Db, orgId: string, effectKey: string) {
  return db.selectFrom('decisions').selectAll().where('org_id', '=', orgId).where('effect_key', '=', effectKey).executeTakeFirst();
}

export function insertDecision(db: Db, row: DecisionsTable) {
  return db.insertInto('decisions').values(row).execute();
}

export function decisionsOfObject(db: Db, orgId: string, objectType: string, objectId: string) {
  return db.selectFrom('decisions').selectAll().where('org_id', '=', orgId).where('object_type', '=', objectType).where('object_id', '=', objectId).orderBy('created_at').execute();
}

