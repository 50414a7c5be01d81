import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { totalsColumns } from './build-lines.ts';
import { checkDraft, draftColumns } from './check-draft.ts';
import { getQuote } from './read-quotes.ts';
import * as repo from './quotes.repo.ts';
import type { QuoteInput, QuoteOut } from './quotes.schemas.ts';

/** Replaces a draft's content; an issued quote never changes (409 quote.not_draft). */
export async function updateQuote(ctx: AppContext, actor: Actor, id: string, input: QuoteInput): Promise<QuoteOut> {
  const current = await repo.findQuote(ctx.db, actor.orgId, id, null);
  if (!current) throw new AppError('quote.not_found');
  if (current.status !== 'draft') throw new AppError('quote.not_draft');
  if (current.supersedes_id && input.clientId !== current.client_id) {
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'clientId',
          message: 'a new version is addressed to the same client',
          fr: 'une nouvelle version du devis est adressée au même client',
        },
      ],
    });
  }
  const { rows, totals } = await checkDraft(ctx, actor.orgId, id, input, parisDate(ctx.now()));
  await ctx.db.transaction().execute(async (trx) => {
    const changed = await repo.updateDraft(trx, actor.orgId, id, {
      ...draftColumns(input),
      ...totalsColumns(totals),
      updated_at: ctx.now().toISOString(),
    });
    // Issued meanwhile: the condition on the status refused the change.
    if (!changed) throw new AppError('quote.not_draft');
    await repo.replaceLines(trx, id, rows);
  });
  return (await getQuote(ctx, actor, id)).quote;
}
