import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import * as logosRepo from './logos.repo.ts';
import * as repo from './organisations.repo.ts';

/** The selling organisation: its identity (ALLEO by default), its history, its routes. */
export { organisationsRoutes, ORGANISATION_READERS, ORGANISATION_WRITERS } from './organisations.routes.ts';
export { createOrganisation, organisationAt } from './identity-history.ts';
export { checkOrganisationFields } from './organisation-fields.ts';
export type { OrganisationIdentity } from './identity.ts';
export type { OrganisationRow } from './organisations.repo.ts';
export type { OrganisationOut } from './organisations.schemas.ts';

/** The selling organisation's identity in force now (ALLEO by default). */
export async function getOrganisation(ctx: AppContext, id: string) {
  const row = await repo.findOrganisation(ctx.db, id);
  if (!row) throw new Error(`Organisation ${id} missing`);
  return row;
}

/** The bytes of one of the organisation's logos; it must exist (logos are never deleted). */
export async function logoBytes(db: Db, orgId: string, sha256: string): Promise<Uint8Array> {
  const logo = await logosRepo.logoContent(db, orgId, sha256);
  if (!logo) throw new Error(`Logo ${sha256} of organisation ${orgId} missing`);
  return logo.content;
}

/** The organisation a fresh single-company install runs for. */
export function defaultOrganisation(ctx: AppContext) {
  return repo.firstOrganisation(ctx.db);
}
