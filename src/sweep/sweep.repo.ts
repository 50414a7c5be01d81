import os from 'node:os';
import { sql } from 'kysely';
import type { DatabaseHandle, Db } from '../db/database.ts';

export function findRun(db: Db, orgId: string, step: string, asOf: string) {
  return db
    .selectFrom('sweep_runs')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('step', '=', step)
    .where('as_of', '=', asOf)
    .executeTakeFirst();
}

export async function startRun(db: Db, orgId: string, step: string, asOf: string, at: string) {
  await db
    .insertInto('sweep_runs')
    .values({
      org_id: orgId,
      step,
      as_of: asOf,
      status: 'running',
      examined: 0,
      acted: 0,
      started_at: at,
      finished_at: null,
    })
    .onConflict((oc) => oc.columns(['org_id', 'step', 'as_of']).doUpdateSet({ status: 'running', started_at: at }))
    .execute();
}

export function finishRun(
  db: Db,
  orgId: string,
  step: string,
  asOf: string,
  at: string,
  examined: number,
  acted: number,
) {
  return db
    .updateTable('sweep_runs')
    .set({ status: 'done', finished_at: at, examined, acted })
    .where('org_id', '=', orgId)
    .where('step', '=', step)
    .where('as_of', '=', asOf)
    .execute();
}

export function listOrganisations(db: Db) {
  return db.selectFrom('organisations').select('id').orderBy('created_at').execute();
}

// The sweep's advisory lock: a constant class id, and the schema the deployment uses as object
// id, so that two deployments (or two test schemas) sharing one database do not block each other.
const LOCK_CLASS = 7_461_722;
const LEASE_MINUTES = 30;

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `work` while holding the sweep lock, or returns undefined if another sweep holds it.
 * PostgreSQL: a session advisory lock on a connection kept for the duration. SQLite: a lease
 * row, taken over when it expired or when its holder process on this host is dead.
 */
export async function withSweepLock<T>(
  handle: DatabaseHandle,
  now: () => Date,
  work: () => Promise<T>,
): Promise<T | undefined> {
  if (handle.dialect === 'postgres') {
    return handle.db.connection().execute(async (conn) => {
      const got = await sql<{
        locked: boolean;
      }>`select pg_try_advisory_lock(${LOCK_CLASS}, hashtext(current_schema())) as locked`.execute(conn);
      if (!got.rows[0]?.locked) return undefined;
      try {
        return await work();
      } finally {
        await sql`select pg_advisory_unlock(${LOCK_CLASS}, hashtext(current_schema()))`.execute(conn);
      }
    });
  }
  const holder = `${os.hostname()}:${process.pid}`;
  const taken = await handle.db.transaction().execute(async (trx) => {
    const lease = await trx.selectFrom('sweep_leases').selectAll().where('name', '=', 'sweep').executeTakeFirst();
    if (lease) {
      const [host, pid] = lease.holder.split(':');
      const expired = lease.expires_at < now().toISOString();
      const deadHere = host === os.hostname() && !pidAlive(Number(pid));
      if (!expired && !deadHere) return false;
      await trx.deleteFrom('sweep_leases').where('name', '=', 'sweep').execute();
    }
    await trx
      .insertInto('sweep_leases')
      .values({ name: 'sweep', holder, expires_at: new Date(now().getTime() + LEASE_MINUTES * 60_000).toISOString() })
      .execute();
    return true;
  });
  if (!taken) return undefined;
  try {
    return await work();
  } finally {
    await handle.db.deleteFrom('sweep_leases').where('name', '=', 'sweep').where('holder', '=', holder).execute();
  }
}
