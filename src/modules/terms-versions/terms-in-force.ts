import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { TermsVersion } from '../../terms/index.ts';
import { fromRow } from './mapper.ts';
import * as repo from './terms-versions.repo.ts';

/**
 * The published version in force on a date: the latest effective on or before it (art. 1.2:
 * the relationship is governed by the terms in force on the day of the order).
 */
export async function termsInForce(ctx: AppContext, orgId: string, date: string): Promise<TermsVersion> {
  const rows = await repo.publishedVersions(ctx.db, orgId);
  let found: TermsVersion | undefined;
  for (const r of rows) if (r.effective_from <= date) found = fromRow(r).terms;
  if (!found) throw new AppError('terms.none_in_force', { detail: `No terms version is in force on ${date}`, errors: [{ path: 'asOf', message: `no terms version in force on ${date}` }] });
  return found;
}

/** A published version by its id (a quote pins one; a contract is governed by one). */
export async function publishedTerms(ctx: AppContext, orgId: string, version: string): Promise<TermsVersion> {
  const row = await repo.findVersion(ctx.db, orgId, version);
  if (!row || row.status !== 'published') throw new AppError('terms.not_found', { errors: [{ path: 'termsVersion', message: `no published terms version ${version}` }] });
  return fromRow(row).terms;
}
