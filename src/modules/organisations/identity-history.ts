/**
 * The identity history (ADR 0012). `organisations` holds the identity in force now; every change
 * also writes a version (1 at creation) with the instant it came into force, so a document issued
 * earlier and rendered later prints the identity it was issued under.
 */
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { appendEvidence } from '../../evidence/index.ts';
import type { Actor } from '../auth/index.ts';
import { identityJson, IDENTITY_COLUMNS, rowOfVersion, type OrganisationIdentity } from './identity.ts';
import * as repo from './organisations.repo.ts';

/** Creates an organisation and the first version of its identity, in force from its creation. */
export async function createOrganisation(
  ctx: AppContext,
  input: { id: string; identity: OrganisationIdentity },
): Promise<void> {
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertOrganisation(trx, { id: input.id, ...input.identity, created_at: at });
    await repo.insertVersion(trx, {
      org_id: input.id,
      version: 1,
      valid_from: at,
      identity_json: identityJson(input.identity),
      changed_by: 'system',
    });
  });
}

/**
 * The organisation as it stood at `at` (UTC ISO): the last version in force then. Before its first
 * version (a document dated before the organisation was recorded, as the demo story's are) the
 * first version applies: nothing changed it before. With no version at all the identity has never
 * been changed, so the current row is that identity.
 */
export async function organisationAt(db: Db, orgId: string, at: string): Promise<repo.OrganisationRow> {
  const [org, version] = await Promise.all([repo.findOrganisation(db, orgId), repo.versionAt(db, orgId, at)]);
  if (!org) throw new Error(`Organisation ${orgId} missing`);
  return version ? rowOfVersion(org, version.identity_json) : org;
}

/**
 * Writes a change of identity inside the caller's transaction, the organisation's row locked: the
 * row updated, a new version in force from now, and the names of the changed fields chained into
 * the evidence log. Returns the new version.
 */
export async function recordIdentityChange(
  trx: Db,
  ctx: AppContext,
  actor: Actor,
  row: repo.OrganisationRow,
  identity: OrganisationIdentity,
  changedFields: readonly string[],
): Promise<{ version: number; validFrom: string }> {
  const last = await repo.lastVersion(trx, actor.orgId);
  const now = ctx.now().toISOString();
  // Versions follow each other in time even if the clock steps back: "in force at" stays one answer.
  const validFrom = last && last.valid_from > now ? last.valid_from : now;
  let version = last ? Number(last.version) + 1 : 1;
  if (!last) {
    // Changed for the first time without a recorded first version: record it, as it stood since creation.
    await repo.insertVersion(trx, {
      org_id: actor.orgId,
      version: 1,
      valid_from: row.created_at,
      identity_json: identityJson(row),
      changed_by: 'system',
    });
    version = 2;
  }
  const set = Object.fromEntries(IDENTITY_COLUMNS.map((c) => [c, identity[c]]));
  await repo.updateOrganisation(trx, actor.orgId, set);
  await repo.insertVersion(trx, {
    org_id: actor.orgId,
    version,
    valid_from: validFrom,
    identity_json: identityJson(identity),
    changed_by: actor.userId,
  });
  await appendEvidence(trx, ctx.dialect, {
    orgId: actor.orgId,
    kind: 'organisation.changed',
    objectType: 'organisation',
    objectId: actor.orgId,
    actor: actor.userId,
    at: now,
    // Field names and the version only: the values live in organisation_versions. The chain is
    // immutable, and a contact email or phone of the company can be a person's (art. 17).
    decision: { version, validFrom, changedFields: [...changedFields].sort() },
  });
  return { version, validFrom };
}
