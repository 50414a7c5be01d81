import type { Db } from '../../db/database.ts';

/** The e-mail addresses of the organisation's active administrators, who receive the daily anchor. */
export async function activeAdminEmails(db: Db, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('email')
    .where('org_id', '=', orgId)
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .orderBy('email')
    .execute();
  return rows.map((r) => r.email);
}
