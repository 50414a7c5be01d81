import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { parisDate } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { fromRow } from './mapper.ts';
import * as repo from './terms-versions.repo.ts';
import { getTermsVersion } from './read-versions.ts';

/**
 * Publishes a draft. It must take effect today or later and after every published version:
 * a contract stays governed by the version in force on its order date (art. 1.2).
 */
export async function publishVersion(ctx: AppContext, actor: Actor, version: string) {
  const row = await repo.findVersion(ctx.db, actor.orgId, version);
  if (!row) throw new AppError('terms.not_found');
  if (row.status !== 'draft') throw new AppError('terms.published_immutable');
  const today = parisDate(ctx.now());
  if (row.effective_from < today)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'effectiveFrom',
          message: `must be today (${today}) or later: published terms never apply retroactively`,
          fr: `doit être aujourd'hui (${formatDateFr(today)}) ou plus tard : des CGV publiées ne s'appliquent jamais rétroactivement`,
        },
      ],
    });
  const latest = (await repo.publishedVersions(ctx.db, actor.orgId)).at(-1);
  if (latest && row.effective_from <= latest.effective_from) {
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'effectiveFrom',
          message: `must be after ${latest.effective_from}, when version ${latest.version} took effect`,
          fr: `doit être postérieure au ${formatDateFr(latest.effective_from)}, date d'entrée en vigueur de la version ${latest.version}`,
        },
      ],
    });
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
      document: {
        bytes: Buffer.from(JSON.stringify(terms, null, 2)),
        mediaType: 'application/json',
        filename: `cgv-${version}.json`,
      },
    });
  });
  return getTermsVersion(ctx, actor, version);
}
