import type { Db } from '../../db/database.ts';
import type { UsersTable } from '../../db/schema.ts';
import { sql } from 'kysely';
import { keysetPage, textSort, type SortColumn } from '../../db/keyset.ts';
import { likeContains } from '../../db/like.ts';
import type { UserSort } from './users.schemas.ts';

const USER_COLUMNS = [
  'users.id',
  'users.email',
  'users.name',
  'users.role',
  'users.client_id',
  'users.disabled',
  'users.created_at',
  'clients.legal_name as client_name',
] as const;

function baseQuery(db: Db, orgId: string) {
  return db
    .selectFrom('users')
    .leftJoin('clients', 'clients.id', 'users.client_id')
    .select(USER_COLUMNS)
    .where('users.org_id', '=', orgId);
}

export type UserRow = Awaited<ReturnType<typeof findUser>> & object;

const SORTS: Record<UserSort, SortColumn> = {
  name: { expr: sql`lower(users.name)` },
  email: textSort('users.email'),
  role: textSort('users.role'),
};

/** The value of a row for the cursor of its sort key. */
export function userSortValue(r: UserRow, sort: UserSort): string {
  return { name: r.name.toLowerCase(), email: r.email, role: r.role }[sort];
}

/** One keyset page of the organisation's users with the filters of the users screen. */
export function listUsers(
  db: Db,
  orgId: string,
  f: {
    role?: string;
    disabled?: 0 | 1;
    /** Lower-cased words: each must be in the name or the e-mail. */
    words: string[];
    sort: UserSort;
    dir: 'asc' | 'desc';
    after: readonly [string, string] | null;
    limit: number;
  },
) {
  let q = baseQuery(db, orgId);
  if (f.role) q = q.where('users.role', '=', f.role);
  if (f.disabled !== undefined) q = q.where('users.disabled', '=', f.disabled);
  for (const w of f.words) {
    const p = likeContains(w);
    q = q.where(sql<boolean>`(lower(users.name) like ${p} escape '\\' or lower(users.email) like ${p} escape '\\')`);
  }
  return keysetPage(q, {
    column: SORTS[f.sort],
    idColumn: 'users.id',
    dir: f.dir,
    after: f.after,
    limit: f.limit,
  }).execute();
}

export function findUser(db: Db, orgId: string, id: string) {
  return baseQuery(db, orgId).where('users.id', '=', id).executeTakeFirst();
}

/** The password hash of a user still able to sign in (its own password change). */
export function passwordOf(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('users')
    .select(['id', 'password_hash'])
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('disabled', '=', 0)
    .executeTakeFirst();
}

export function emailExists(db: Db, email: string) {
  return db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
}

export function insertUser(db: Db, row: UsersTable) {
  return db.insertInto('users').values(row).execute();
}

export function updateUser(
  db: Db,
  orgId: string,
  id: string,
  set: Partial<Pick<UsersTable, 'name' | 'role' | 'client_id' | 'disabled' | 'updated_at' | 'password_hash'>>,
) {
  return db.updateTable('users').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export function countUsers(db: Db) {
  return db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
}

/** Display names of the organisation's users among `ids` (unknown ids are left out). */
export function namesOf(db: Db, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where('id', 'in', [...ids])
    .execute();
}

/** The portal users of a client company. */
export function userIdsOfClient(db: Db, orgId: string, clientId: string) {
  return db.selectFrom('users').select('id').where('org_id', '=', orgId).where('client_id', '=', clientId).execute();
}

/** Replaces who a user was by placeholders and disables it; the row stays (the evidence log names its id). */
export async function anonymiseUser(db: Db, userId: string, at: string) {
  await db
    .updateTable('users')
    .set({
      name: 'Utilisateur anonymisé',
      email: `anonymised-${userId}@invalid.example`,
      password_hash: 'anonymised',
      disabled: 1,
      updated_at: at,
    })
    .where('id', '=', userId)
    .execute();
}

/** The user's choice to receive its staff notifications by e-mail too. */
export function setEmailOptIn(db: Db, userId: string, on: boolean, at: string) {
  return db
    .updateTable('users')
    .set({ notify_by_email: on ? 1 : 0, updated_at: at })
    .where('id', '=', userId)
    .execute();
}

/** A data-subject restriction (GDPR art. 18) or objection (art. 21) on the accounts with this e-mail (ADR 0021). */
export async function markUsersWithEmail(
  db: Db,
  orgId: string,
  email: string,
  set: { restricted_on?: string | null; objected_on?: string | null },
  at: string,
): Promise<number> {
  const res = await db
    .updateTable('users')
    .set({ ...set, updated_at: at })
    .where('org_id', '=', orgId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** A rectification request answered (GDPR art. 16): the accounts with this e-mail take the corrected values. */
export async function rectifyUsersWithEmail(
  db: Db,
  orgId: string,
  email: string,
  set: { name?: string; email?: string },
  at: string,
): Promise<number> {
  const res = await db
    .updateTable('users')
    .set({ ...set, updated_at: at })
    .where('org_id', '=', orgId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
