/** The read model of terms versions: the list and one version (a client user sees published ones only). */
import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { fromRow, toDetail } from './mapper.ts';
import * as repo from './terms-versions.repo.ts';

/** Drafts are the staff's work in progress: a client user sees published versions only. */
const seesDrafts = (actor: Actor) => actor.role !== 'client';

export async function listTermsVersions(ctx: AppContext, actor: Actor) {
  const rows = seesDrafts(actor)
    ? await repo.listVersions(ctx.db, actor.orgId)
    : await repo.publishedVersions(ctx.db, actor.orgId);
  return rows.map((r) => ({
    version: r.version,
    effectiveFrom: r.effective_from,
    status: r.status,
    basedOn: r.based_on,
    publishedAt: r.published_at,
  }));
}

export async function getTermsVersion(ctx: AppContext, actor: Actor, version: string) {
  const row = await repo.findVersion(ctx.db, actor.orgId, version);
  if (!row || (row.status !== 'published' && !seesDrafts(actor))) throw new AppError('terms.not_found');
  return toDetail(fromRow(row));
}
