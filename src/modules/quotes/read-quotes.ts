import type { AppContext } from '../../context.ts';
import { findDocument } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { toQuoteOut, toSummary } from './quote-mapper.ts';
import * as repo from './quotes.repo.ts';
import type { QuoteOut, QuoteSummary } from './quotes.schemas.ts';
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

/** Quotes visible to the actor, most recently changed first. */
export async function listQuotes(
  ctx: AppContext,
  actor: Actor,
  filter: { status?: string; clientId?: string; limit: number },
): Promise<QuoteSummary[]> {
  const scope = clientScope(actor);
  // A client user asking for another client's quotes gets its own filter, i.e. nothing else.
  if (scope !== null && filter.clientId !== undefined && filter.clientId !== scope) return [];
  const rows = await repo.listQuotes(ctx.db, actor.orgId, {
    clientId: scope ?? filter.clientId ?? null,
    excludeDrafts: scope !== null,
    status: filter.status,
    limit: filter.limit,
  });
  return rows.map(toSummary);
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
