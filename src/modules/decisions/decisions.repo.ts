import { chunks } from '../../db/batches.ts';
import type { Db } from '../../db/database.ts';
import type { DecisionsTable } from '../../db/schema.ts';

export function findByEffectKey(db: Db, orgId: string, effectKey: string) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('effect_key', '=', effectKey)
    .executeTakeFirst();
}

export function insertDecision(db: Db, row: DecisionsTable) {
  return db.insertInto('decisions').values(row).execute();
}

export function decisionsOfObject(db: Db, orgId: string, objectType: string, objectId: string) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('object_type', '=', objectType)
    .where('object_id', '=', objectId)
    .orderBy('created_at')
    .execute();
}

// Decisions in batches (the same rows recordDecision writes, one statement per 500 rows).

/** The effect keys among `keys` already recorded. */
export async function existingEffectKeys(db: Db, orgId: string, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(keys)) {
    const rows = await db
      .selectFrom('decisions')
      .select('effect_key')
      .where('org_id', '=', orgId)
      .where('effect_key', 'in', part)
      .execute();
    for (const r of rows) found.add(r.effect_key);
  }
  return found;
}

export async function insertDecisions(trx: Db, rows: readonly DecisionsTable[]): Promise<void> {
  for (const part of chunks(rows)) await trx.insertInto('decisions').values(part).execute();
}
