import type { Db } from '../../db/database.ts';
import type { LessorsTable } from '../../db/schema.ts';

export type LessorRow = LessorsTable;

export function listLessors(db: Db, orgId: string) {
  return db.selectFrom('lessors').selectAll().where('org_id', '=', orgId).orderBy('name').execute();
}

export function findLessor(db: Db, orgId: string, id: string) {
  return db.selectFrom('lessors').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function insertLessor(db: Db, row: LessorsTable) {
  return db.insertInto('lessors').values(row).execute();
}

export function updateLessor(
  db: Db,
  orgId: string,
  id: string,
  set: Partial<Omit<LessorsTable, 'id' | 'org_id' | 'created_at'>>,
) {
  return db.updateTable('lessors').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
}
