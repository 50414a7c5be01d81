import { parisDate, type AppContext } from '../../context.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { totalsColumns } from './build-lines.ts';
import { checkDraft, draftColumns, newDraftColumns } from './check-draft.ts';
import { getQuote } from './read-quotes.ts';
import * as repo from './quotes.repo.ts';
import type { QuoteInput, QuoteOut } from './quotes.schemas.ts';

/** Creates a draft quote (version 1, no number yet: the number is taken when it is issued). */
export async function createQuote(ctx: AppContext, actor: Actor, input: QuoteInput): Promise<QuoteOut> {
  const id = newId();
  const { rows, totals } = await checkDraft(ctx, actor.orgId, id, input, parisDate(ctx.now()));
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertQuote(trx, {
      id,
      org_id: actor.orgId,
      ...draftColumns(input),
      number: null,
      version: 1,
      supersedes_id: null,
      ...totalsColumns(totals),
      ...newDraftColumns(actor.userId, now),
    });
    await repo.replaceLines(trx, id, rows);
  });
  return (await getQuote(ctx, actor, id)).quote;
}
