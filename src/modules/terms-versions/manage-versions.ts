import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { zodFieldErrors } from '../../kernel/schemas.ts';
import { ALLEO_V1, type TermsVersion, termsVersionSchema } from '../../terms/index.ts';
import { parisDate } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { fromRow, toDetail } from './mapper.ts';
import * as repo from './terms-versions.repo.ts';

/** Installs the ALLEO profile v1 as the first published version of an organisation without terms. */
export async function ensureDefaultTerms(ctx: AppContext, orgId: string): Promise<void> {
  const existing = await repo.listVersions(ctx.db, orgId);
  if (existing.length > 0) return;
  const now = ctx.now().toISOString();
  await repo.insertVersion(ctx.db, {
    org_id: orgId,
    version: ALLEO_V1.version,
    effective_from: ALLEO_V1.effectiveFrom,
    status: 'published',
    parameters_json: JSON.stringify(ALLEO_V1.parameters),
    articles_json: JSON.stringify(ALLEO_V1.articles),
    based_on: null,
    created_at: now,
    published_at: now,
    published_by: 'system',
  });
}

/** Drafts are the staff's work in progress: a client user sees published versions only. */
const seesDrafts = (actor: Actor) => actor.role !== 'client';

export async function listTermsVersions(ctx: AppContext, actor: Actor) {
  const rows = seesDrafts(actor) ? await repo.listVersions(ctx.db, actor.orgId) : await repo.publishedVersions(ctx.db, actor.orgId);
  return rows.map((r) => ({ version: r.version, effectiveFrom: r.effective_from, status: r.status, basedOn: r.based_on, publishedAt: r.published_at }));
}

export async function getTermsVersion(ctx: AppContext, actor: Actor, version: string) {
  const row = await repo.findVersion(ctx.db, actor.orgId, version);
  if (!row || (row.status !== 'published' && !seesDrafts(actor))) throw new AppError('terms.not_found');
  return toDetail(fromRow(row));
}

function validate(candidate: unknown): TermsVersion {
  const parsed = termsVersionSchema.safeParse(candidate);
  if (!parsed.success) throw new AppError('request.invalid', { errors: zodFieldErrors(parsed.error) });
  return parsed.data;
}

/** A new draft: a copy of `basedOn` (default: the latest version) with the given changes. */
export async function createDraft(ctx: AppContext, actor: Actor, input: { version: string; effectiveFrom: string; basedOn?: string; parameters?: Record<string, unknown> }) {
  if (await repo.findVersion(ctx.db, actor.orgId, input.version)) throw new AppError('terms.version_exists', { errors: [{ path: 'version', message: 'already exists', fr: 'cette version existe déjà' }] });
  const all = await repo.listVersions(ctx.db, actor.orgId);
  const baseRow = input.basedOn ? all.find((r) => r.version === input.basedOn) : all.at(-1);
  if (!baseRow) throw new AppError('terms.not_found', { errors: [{ path: 'basedOn', message: 'unknown terms version', fr: 'version des CGV inconnue' }] });
  const base = fromRow(baseRow).terms;
  const terms = validate({ version: input.version, effectiveFrom: input.effectiveFrom, parameters: { ...base.parameters, ...(input.parameters ?? {}) }, articles: base.articles });
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

/** Changes a draft; a published version is refused (immutable). */
export async function updateDraft(ctx: AppContext, actor: Actor, version: string, input: { effectiveFrom?: string; parameters?: Record<string, unknown>; articles?: unknown[] }) {
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
  const res = await repo.updateDraft(ctx.db, actor.orgId, version, { effective_from: terms.effectiveFrom, parameters_json: JSON.stringify(terms.parameters), articles_json: JSON.stringify(terms.articles) });
  if (Number(res.numUpdatedRows) !== 1) throw new AppError('terms.published_immutable');
  return getTermsVersion(ctx, actor, version);
}

/**
 * Publishes a draft. It must take effect today or later and after every published version:
 * a contract stays governed by the version in force on its order date (art. 1.2).
 */
export async function publishVersion(ctx: AppContext, actor: Actor, version: string) {
  const row = await repo.findVersion(ctx.db, actor.orgId, version);
  if (!row) throw new AppError('terms.not_found');
  if (row.status !== 'draft') throw new AppError('terms.published_immutable');
  const today = parisDate(ctx.now());
  if (row.effective_from < today) throw new AppError('request.invalid', { errors: [{ path: 'effectiveFrom', message: `must be today (${today}) or later: published terms never apply retroactively`, fr: `doit être aujourd'hui (${formatDateFr(today)}) ou plus tard : des CGV publiées ne s'appliquent jamais rétroactivement` }] });
  const latest = (await repo.publishedVersions(ctx.db, actor.orgId)).at(-1);
  if (latest && row.effective_from <= latest.effective_from) {
    throw new AppError('request.invalid', { errors: [{ path: 'effectiveFrom', message: `must be after ${latest.effective_from}, when version ${latest.version} took effect`, fr: `doit être postérieure au ${formatDateFr(latest.effective_from)}, date d'entrée en vigueur de la version ${latest.version}` }] });
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const res = await repo.markPublished(trx, actor.orgId, version, now, actor.userId);
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('terms.published_immutable');
    const terms = fromRow({ ...row, status: 'published' }).terms;
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'terms.published',
      objectType: 'terms-version',
      objectId: version,
      actor: actor.userId,
      at: now,
      document: { bytes: Buffer.from(JSON.stringify(terms, null, 2)), mediaType: 'application/json', filename: `cgv-${version}.json` },
    });
  });
  return getTermsVersion(ctx, actor, version);
}
