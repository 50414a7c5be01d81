/**
 * The identity history (ADR 0012). `organisations` holds the identity in force now; every change
 * also writes a version (1 at creation) with the instant it came into force, so a document issued
 * earlier and rendered later prints the identity it was issued under.
 */
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { identityJson, rowOfVersion, type OrganisationIdentity } from './identity.ts';
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
