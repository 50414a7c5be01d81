import type { SweepStep } from '../../context.ts';
import type { TermsVersion } from '../../terms/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { recordExpiry } from './expire-quote.ts';
import * as repo from './quotes.repo.ts';

/**
 * Sweep step (art. 3.1): an issued quote not accepted by the end of its validity expires; a new
 * quote (or version) is then needed. Each quote commits in its own transaction.
 */
export const quoteValidityStep: SweepStep = {
  id: 'quote.validity',
  article: '3.1',
  title: {
    fr: 'Expiration des devis non acceptés dans leur délai de validité',
    en: 'Expiry of quotes not accepted within their validity',
  },
  async run(ctx, run) {
    const candidates = await repo.issuedQuotesExpiringBefore(ctx.db, run.orgId, run.asOf);
    run.onTotal(candidates.length);
    const termsCache = new Map<string, TermsVersion>();
    let acted = 0;
    for (const q of candidates) {
      const version = q.terms_version!;
      if (!termsCache.has(version)) termsCache.set(version, await publishedTerms(ctx, run.orgId, version));
      const expired = await ctx.db.transaction().execute(async (trx) => {
        const done = await recordExpiry(trx, ctx.dialect, {
          orgId: run.orgId,
          quoteId: q.id,
          terms: termsCache.get(version)!,
          issueDate: q.issue_date!,
          validityDays: q.validity_days,
          asOf: run.asOf,
          at: ctx.now().toISOString(),
          actor: 'system:sweep',
        });
        run.beforeCommit();
        return done;
      });
      if (expired) acted++;
      run.onItem();
    }
    return { examined: candidates.length, acted };
  },
};
