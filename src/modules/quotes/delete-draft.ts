import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './quotes.repo.ts';

/**
 * Deletes a draft quote and its lines. A draft was never sent nor offered (art. 3.1: only an issued
 * quote is an offer), so nothing in the evidence log refers to it; an issued quote is kept for ever
 * (409 quote.not_draft): it is replaced by a new version instead.
 */
export async function deleteDraft(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const current = await repo.findQuote(ctx.db, actor.orgId, id, null);
  if (!current) throw new AppError('quote.not_found');
  if (current.status !== 'draft') throw new AppError('quote.not_draft');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('quote_lines').where('quote_id', '=', id).execute();
    // The status condition: a draft issued meanwhile is not deleted (and its lines come back with the rollback).
    if (!(await repo.deleteDraftRow(trx, actor.orgId, id))) throw new AppError('quote.not_draft');
  });
}
