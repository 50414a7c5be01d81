import type { AppContext } from '../../context.ts';
import { findDocument } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { toQuoteOut, toSummary } from './quote-mapper.ts';
import * as repo from './quotes.repo.ts';
import type { QuoteListQuery, QuoteOut, QuoteSummary } from './quotes.schemas.ts';
import { cutPage, everyPage, readAfter } from '../../kernel/list-page.ts';
import { searchKey } from '../../kernel/search-key.ts';
import { clientScope, evidenceOf, timelineOf } from '../shared/index.ts';

/** A quote row the actor may see (a client user: its own company's, never a draft), or 404. */
export async function visibleQuote(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.findQuote(ctx.db, actor.orgId, id, clientScope(actor));
  if (!row) throw new AppError('quote.not_found');
  return row;
}

/** One quote with its lines, decisions and evidence. */
export async function getQuote(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{
  quote: QuoteOut;
  decisions: Awaited<ReturnType<typeof timelineOf>>;
  evidence: Awaited<ReturnType<typeof evidenceOf>>;
}> {
  const row = await visibleQuote(ctx, actor, id);
  const [lines, decisions, evidence] = await Promise.all([
    repo.linesOf(ctx.db, id),
    timelineOf(ctx, actor.orgId, 'quote', id),
    evidenceOf(ctx, actor, 'quote', id),
  ]);
  return { quote: toQuoteOut(row, lines), decisions, evidence };
}

export type QuoteListOptions = Omit<QuoteListQuery, 'sort' | 'dir' | 'limit'> &
  Partial<Pick<QuoteListQuery, 'sort' | 'dir'>> & { limit: number };

/** One page of the quotes visible to the actor (default: last changed first) and the next page's cursor. */
export async function listQuotePage(
  ctx: AppContext,
  actor: Actor,
  q: QuoteListOptions,
): Promise<{ items: QuoteSummary[]; nextCursor: string | null }> {
  const scope = clientScope(actor);
  // A client user asking for another client's quotes gets its own filter, i.e. nothing else.
  if (scope !== null && q.clientId !== undefined && q.clientId !== scope) return { items: [], nextCursor: null };
  const rows = await repo.listQuotes(ctx.db, actor.orgId, {
    clientId: scope ?? q.clientId ?? null,
    excludeDrafts: scope !== null,
    ...(q.status ? { status: q.status } : {}),
    ...(q.expiresFrom ? { expiresFrom: q.expiresFrom } : {}),
    ...(q.expiresTo ? { expiresTo: q.expiresTo } : {}),
    ...(q.awaiting ? { awaiting: q.awaiting } : {}),
    words: q.q ? searchKey(q.q).split(' ').filter(Boolean) : [],
    sort: q.sort ?? 'updated',
    dir: q.dir ?? 'desc',
    after: readAfter(q.after),
    // One row more than asked tells whether a next page exists.
    limit: q.limit + 1,
  });
  return cutPage(rows, q.limit, toSummary);
}

/** Every quote of the filtered list, in its order (the export). */
export function allQuotes(ctx: AppContext, actor: Actor, q: Omit<QuoteListOptions, 'limit' | 'after'>) {
  return everyPage((after) => listQuotePage(ctx, actor, { ...q, limit: 500, ...(after ? { after } : {}) }));
}

/** The PDF of an issued quote: the very bytes stored in the evidence log when it was issued. */
export async function quotePdf(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const row = await visibleQuote(ctx, actor, id);
  if (!row.pdf_sha256)
    throw new AppError('quote.not_issued', { detail: 'A draft has no PDF yet: issue the quote first' });
  const doc = await findDocument(ctx.db, actor.orgId, row.pdf_sha256);
  if (!doc) throw new AppError('evidence.not_found');
  return { bytes: doc.content, filename: doc.filename };
}
