import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { fromRow } from './mapper.ts';
import * as repo from './terms-versions.repo.ts';
import { getTermsVersion } from './read-versions.ts';
import { validate } from './validate-terms.ts';

/** A new draft: a copy of `basedOn` (default: the latest version) with the given changes. */
export async function createDraft(
  ctx: AppContext,
  actor: Actor,
  input: { version: string; effectiveFrom: string; basedOn?: string; parameters?: Record<string, unknown> },
) {
  if (await repo.findVersion(ctx.db, actor.orgId, input.version))
    throw new AppError('terms.version_exists', {
      errors: [{ path: 'version', message: 'already exists', fr: 'cette version existe déjà' }],
    });
  const all = await repo.listVersions(ctx.db, actor.orgId);
  const baseRow = input.basedOn ? all.find((r) => r.version === input.basedOn) : all.at(-1);
  if (!baseRow)
    throw new AppError('terms.not_found', {
      errors: [{ path: 'basedOn', message: 'unknown terms version', fr: 'version des CGV inconnue' }],
    });
  const base = fromRow(baseRow).terms;
  const terms = validate({
    version: input.version,
    effectiveFrom: input.effectiveFrom,
    parameters: { ...base.parameters, ...(input.parameters ?? {}) },
    articles: base.articles,
  });
  await repo.insertVersion(ctx.db, {
    org_id: actor.orgId,
    version: terms.version,
    effective_from: terms.effectiveFrom,
    status: 'draft',
    parameters_json: JSON.stringify(terms.parameters),
    articles_json: JSON.stringify(terms.articles),
    based_on: base.version,
    created_at: ctx.now().toISOString(),
    published_at: null,
    published_by: null,
  });
  return getTermsVersion(ctx, actor, terms.version);
}
