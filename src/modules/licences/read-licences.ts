import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { clientScope } from '../shared/index.ts';
import * as repo from './licences.repo.ts';
import type { LicenceOut } from './licences.schemas.ts';

async function toOut(ctx: AppContext, r: repo.LicenceRow): Promise<LicenceOut> {
  const [usages, invoice] = await Promise.all([
    repo.usagesOf(ctx.db, r.id),
    repo.invoiceOfContractLine(ctx.db, r.org_id, r.contract_line_id),
  ]);
  return {
    id: r.id,
    contractId: r.contract_id,
    clientId: r.client_id,
    solution: r.solution,
    sku: r.sku,
    licensedUsers: r.licensed_users,
    transferable: false,
    termsVersion: r.terms_version,
    createdAt: r.created_at,
    usages: usages.map((u) => ({
      id: u.id,
      observedOn: u.observed_on,
      usersCount: u.users_count,
      overLimit: u.over_limit === 1,
      recordedAt: u.recorded_at,
    })),
    installation: {
      allowed: Boolean(invoice?.settled_on),
      invoiceNumber: invoice?.number ?? null,
      paidOn: invoice?.settled_on ?? null,
      article: '5.2',
    },
  };
}

/** A licence the actor may see (a client user: its own company's), or 404. */
export async function visibleLicence(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.findLicence(ctx.db, actor.orgId, id, clientScope(actor));
  if (!row) throw new AppError('licence.not_found');
  return row;
}

export async function getLicence(ctx: AppContext, actor: Actor, id: string): Promise<LicenceOut> {
  return toOut(ctx, await visibleLicence(ctx, actor, id));
}

export async function listLicences(
  ctx: AppContext,
  actor: Actor,
  filter: { contractId?: string },
): Promise<LicenceOut[]> {
  const rows = await repo.listLicences(ctx.db, actor.orgId, { clientId: clientScope(actor), ...filter });
  return Promise.all(rows.map((r) => toOut(ctx, r)));
}
