/**
 * The history of a client's printed identity (ADR 0013), as ADR 0012 keeps the organisation's:
 * `clients` holds the identity in force now; every change of a column an invoice prints also
 * writes a version (1 at creation) with the instant it came into force, so an invoice issued
 * earlier and rendered later (the billing run's, on first request) prints the buyer it was issued to.
 */
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ClientsTable } from '../../db/schema.ts';
import * as versions from './client-versions.repo.ts';
import * as repo from './clients.repo.ts';
import {
  changedIdentityColumns,
  clientIdentityOfVersion,
  erasedIdentityJson,
  firstClientVersion,
  identityOfClient,
  type ClientIdentity,
  type ClientIdentityColumn,
} from './identity.ts';

/** Inserts a client and version 1 of its identity, in force from its creation (use inside a transaction). */
export async function insertClient(db: Db, row: Insertable<ClientsTable>, changedBy: string): Promise<void> {
  await repo.insertClient(db, row);
  await versions.insertVersion(db, firstClientVersion(row, changedBy));
}

/**
 * Records the change of a client's row, in the transaction that makes it (the row locked): when
 * a printed column changed, version n+1 in force from `at`; otherwise nothing. Returns the version
 * written, or null. A client without any version (written before 0011 or straight into the table)
 * first gets version 1, its identity before the change, in force since its creation.
 */
export async function recordIdentityChange(
  trx: Db,
  input: {
    orgId: string;
    before: ClientIdentity & { id: string; created_at: string };
    after: ClientIdentity;
    at: string;
    changedBy: string;
  },
): Promise<number | null> {
  const before = identityOfClient(input.before);
  const after = identityOfClient(input.after);
  if (changedIdentityColumns(before, after).length === 0) return null;
  const last = await versions.lastVersion(trx, input.orgId, input.before.id);
  let version = last ? Number(last.version) + 1 : 1;
  if (!last) {
    await versions.insertVersion(trx, {
      org_id: input.orgId,
      client_id: input.before.id,
      version,
      valid_from: input.before.created_at,
      identity_json: JSON.stringify(before),
      changed_by: 'system',
    });
    version++;
  }
  // Versions follow each other in time even if the clock steps back: "in force at" stays one answer.
  const previousFrom = last ? last.valid_from : input.before.created_at;
  const validFrom = previousFrom > input.at ? previousFrom : input.at;
  await versions.insertVersion(trx, {
    org_id: input.orgId,
    client_id: input.before.id,
    version,
    valid_from: validFrom,
    identity_json: JSON.stringify(after),
    changed_by: input.changedBy,
  });
  return version;
}

/**
 * The client's identity as it stood at `at` (UTC ISO): the last version in force then. Before its
 * first version (the demo story is dated before its clients were recorded) the first version
 * applies; with no version at all the identity was never changed through the product, so the
 * current row is that identity.
 */
export async function clientAt(db: Db, orgId: string, clientId: string, at: string): Promise<ClientIdentity> {
  const version = await versions.versionAt(db, orgId, clientId, at);
  if (version) return clientIdentityOfVersion(version.identity_json);
  const row = await repo.findClient(db, orgId, clientId);
  if (!row) throw new Error(`Client ${clientId} missing`);
  return identityOfClient(row);
}

/**
 * Erases columns holding personal data from every version of the client's identity, in the
 * transaction that anonymises the client (art. 17.2): the history keeps no more than the row.
 */
export async function eraseFromIdentityHistory(
  trx: Db,
  orgId: string,
  clientId: string,
  columns: readonly ClientIdentityColumn[],
): Promise<void> {
  for (const v of await versions.versionsOf(trx, orgId, clientId)) {
    const erased = erasedIdentityJson(v.identity_json, columns);
    if (erased !== v.identity_json) await versions.rewriteIdentity(trx, orgId, clientId, Number(v.version), erased);
  }
}
