import type { Db } from '../../db/database.ts';

export function findOrganisation(db: Db, id: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function firstOrganisation(db: Db) {
  return db.selectFrom('organisations').selectAll().orderBy('created_at').executeTakeFirst();
}
