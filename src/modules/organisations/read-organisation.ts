import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { toOrganisationOut } from './organisation-mapper.ts';
import * as repo from './organisations.repo.ts';
import type { OrganisationOut } from './organisations.schemas.ts';

/** `GET /api/organisation`: the actor's organisation, with the version of its identity in force. */
export async function readOrganisation(ctx: AppContext, actor: Actor): Promise<OrganisationOut> {
  const [row, last] = await Promise.all([
    repo.findOrganisation(ctx.db, actor.orgId),
    repo.lastVersion(ctx.db, actor.orgId),
  ]);
  if (!row) throw new AppError('route.not_found');
  return toOrganisationOut(
    row,
    last ? { version: Number(last.version), validFrom: last.valid_from } : { version: 1, validFrom: row.created_at },
  );
}
