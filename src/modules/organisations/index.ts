import type { AppContext } from '../../context.ts';
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

/** The organisation a fresh single-company install runs for. */
export function defaultOrganisation(ctx: AppContext) {
  return repo.firstOrganisation(ctx.db);
}
