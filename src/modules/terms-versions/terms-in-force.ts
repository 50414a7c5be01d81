import type { AppContext } from '../../context.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { TermsVersion } from '../../terms/index.ts';
import { fromRow } from './mapper.ts';
import * as repo from './terms-versions.repo.ts';

/**
 * The published version in force on a date: the latest effective on or before it (art. 1.2:
 * the relationship is governed by the terms in force on the day of the order).
 */
export async function termsInForce(ctx: AppContext, orgId: string, date: string): Promise<TermsVersion> {
  const rows = await repo.publishedVersionDates(ctx.db, orgId);
  let version: string | undefined;
  for (const r of rows) if (r.effective_from <= date) version = r.version;
  const found = version === undefined ? undefined : await publishedTerms(ctx, orgId, version);
  if (!found)
    throw new AppError('terms.none_in_force', {
      detail: `No terms version is in force on ${date}`,
      errors: [
        {
          path: 'asOf',
          message: `no terms version in force on ${date}`,
          fr: `aucune version des CGV en vigueur au ${formatDateFr(date)}`,
        },
      ],
    });
  return found;
}

/** A published version by its id (a quote pins one; a contract is governed by one). */
export async function publishedTerms(ctx: AppContext, orgId: string, version: string): Promise<TermsVersion> {
  const cache = publishedCache(ctx);
  const key = `${orgId}\u0000${version}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const row = await repo.findVersion(ctx.db, orgId, version);
  if (!row || row.status !== 'published')
    throw new AppError('terms.not_found', {
      errors: [
        {
          path: 'termsVersion',
          message: `no published terms version ${version}`,
          fr: `aucune version publiée des CGV « ${version} »`,
        },
      ],
    });
  const terms = fromRow(row).terms;
  cache.set(key, terms);
  return terms;
}

/**
 * Published versions never change (art. 1.2, enforced by terms.published_immutable), so once
 * read and checked they are kept per database for the life of the process: every quote, contract
 * and invoice reads its governing version, and parsing it each time was a measurable cost.
 */
const PUBLISHED = new WeakMap<object, Map<string, TermsVersion>>();
function publishedCache(ctx: AppContext): Map<string, TermsVersion> {
  let cache = PUBLISHED.get(ctx.db);
  if (!cache) PUBLISHED.set(ctx.db, (cache = new Map()));
  return cache;
}
