import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { getQuote } from './read-quotes.ts';
import * as repo from './quotes.repo.ts';
import { newDraftColumns } from './check-draft.ts';
import type { QuoteOut } from './quotes.schemas.ts';

const REVISABLE = new Set(['issued', 'expired', 'refused']);

/**
 * Starts a new version of an issued quote: a draft with the same number, the next version and
 * the same lines and prices. The old version stays as issued until the new one is issued, which
 * supersedes it; an accepted quote is not revised (changes go through a new quote, art. 3.3).
 */
export async function reviseQuote(ctx: AppContext, actor: Actor, id: string): Promise<QuoteOut> {
  const source = await repo.findQuote(ctx.db, actor.orgId, id, null);
  if (!source) throw new AppError('quote.not_found');
  if (!REVISABLE.has(source.status))
    throw new AppError('quote.not_revisable', { detail: `A quote in status "${source.status}" cannot be revised` });
  if (source.number && (await repo.latestVersionOf(ctx.db, actor.orgId, source.number)) > source.version) {
    throw new AppError('quote.not_revisable', {
      detail: 'A newer version of this quote exists (issued or being drafted): revise that one',
    });
  }
  const lines = await repo.linesOf(ctx.db, id);
  const newQuoteId = newId();
  const now = ctx.now().toISOString();
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      // Two revisions started at once: the unique (number, version) lets one in, see below.
      const { client_name: _ignored, ...columns } = source;
      await repo.insertQuote(trx, {
        ...columns,
        id: newQuoteId,
        version: source.version + 1,
        supersedes_id: source.id,
        ...newDraftColumns(actor.userId, now),
      });
      await repo.replaceLines(
        trx,
        newQuoteId,
        lines.map((l) => ({ ...l, id: newId(), quote_id: newQuoteId })),
      );
    })
    .catch(async (e: unknown) => {
      if (source.number && (await repo.latestVersionOf(ctx.db, actor.orgId, source.number)) > source.version)
        throw new AppError('quote.not_revisable', { detail: 'A newer version of this quote is already being drafted' });
      throw e;
    });
  return (await getQuote(ctx, actor, newQuoteId)).quote;
}
