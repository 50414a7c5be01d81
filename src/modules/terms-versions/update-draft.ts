import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { fromRow } from './mapper.ts';
import * as repo from './terms-versions.repo.ts';
import { getTermsVersion } from './read-versions.ts';
import { validate } from './validate-terms.ts';

/** Changes a draft; a published version is refused (immutable). */
export async function updateDraft(
  ctx: AppContext,
  actor: Actor,
  version: string,
  input: { effectiveFrom?: string; parameters?: Record<string, unknown>; articles?: unknown[] },
) {
  const row = await repo.findVersion(ctx.db, actor.orgId, version);
  if (!row) throw new AppError('terms.not_found');
  if (row.status !== 'draft') throw new AppError('terms.published_immutable');
  const current = fromRow(row).terms;
  const terms = validate({
    version,
    effectiveFrom: input.effectiveFrom ?? current.effectiveFrom,
    parameters: { ...current.parameters, ...(input.parameters ?? {}) },
    articles: input.articles ?? current.articles,
  });
  const res = await repo.updateDraft(ctx.db, actor.orgId, version, {
    effective_from: terms.effectiveFrom,
    parameters_json: JSON.stringify(terms.parameters),
    articles_json: JSON.stringify(terms.articles),
  });
  if (Number(res.numUpdatedRows) !== 1) throw new AppError('terms.published_immutable');
  return getTermsVersion(ctx, actor, version);
}
