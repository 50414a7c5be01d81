import type { AppContext } from '../../context.ts';
import { entriesOfObject, findDocument } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { decisionsOfObject } from '../decisions/index.ts';
import { actorNames } from '../users/index.ts';
import { toQuoteOut, toSummary } from './quote-mapper.ts';
import * as repo from './quotes.repo.ts';
import type { QuoteOut, QuoteSummary } from './quotes.schemas.ts';
import { clientScope } from './scope.ts';

/** A quote row the actor may see (a client user: its own company's, never a draft), or 404. */
export async function visibleQuote(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.findQuote(ctx.db, actor.orgId, id, clientScope(actor));
  if (!row) throw new AppError('quote.not_found');
  return row;
}

/** The decisions that acted on an object, oldest first, as the timeline shows them. */
export async function timelineOf(ctx: AppContext, orgId: string, objectType: string, objectId: string) {
  const rows = await decisionsOfObject(ctx.db, orgId, objectType, objectId);
  // Decisions of the same instant keep the order of the evidence log.
  rows.sort((a, b) => a.created_at.localeCompare(b.created_at) || Number(a.evidence_seq) - Number(b.evidence_seq));
  const names = await actorNames(ctx, orgId, rows.map((d) => d.actor));
  return rows.map((d) => ({
    rule: d.rule,
    outcome: d.outcome,
    asOf: d.as_of,
    article: d.article,
    termsVersion: d.terms_version,
    explanation: (JSON.parse(d.decision_json) as { explanation: { fr: string; en: string } }).explanation,
    actor: d.actor,
    actorName: names.get(d.actor) ?? null,
    at: d.created_at,
  }));
}

/** The evidence entries of an object (staff only: the portal shows decisions, not the log). */
export async function evidenceOf(ctx: AppContext, actor: Actor, objectType: string, objectId: string) {
  if (clientScope(actor) !== null) return [];
  const entries = await entriesOfObject(ctx.db, actor.orgId, objectType, objectId);
  const names = await actorNames(ctx, actor.orgId, entries.map((e) => e.actor));
  return entries.map((e) => ({ seq: Number(e.seq), kind: e.kind, at: e.at, actor: e.actor, actorName: names.get(e.actor) ?? null, documentSha256: e.document_sha256 }));
}

/** One quote with its lines, decisions and evidence. */
export async function getQuote(ctx: AppContext, actor: Actor, id: string): Promise<{ quote: QuoteOut; decisions: Awaited<ReturnType<typeof timelineOf>>; evidence: Awaited<ReturnType<typeof evidenceOf>> }> {
  const row = await visibleQuote(ctx, actor, id);
  const [lines, decisions, evidence] = await Promise.all([repo.linesOf(ctx.db, id), timelineOf(ctx, actor.orgId, 'quote', id), evidenceOf(ctx, actor, 'quote', id)]);
  return { quote: toQuoteOut(row, lines), decisions, evidence };
}

/** Quotes visible to the actor, most recently changed first. */
export async function listQuotes(ctx: AppContext, actor: Actor, filter: { status?: string; clientId?: string; limit: number }): Promise<QuoteSummary[]> {
  const scope = clientScope(actor);
  // A client user asking for another client's quotes gets its own filter, i.e. nothing else.
  if (scope !== null && filter.clientId !== undefined && filter.clientId !== scope) return [];
  const rows = await repo.listQuotes(ctx.db, actor.orgId, { clientId: scope ?? filter.clientId ?? null, excludeDrafts: scope !== null, status: filter.status, limit: filter.limit });
  return rows.map(toSummary);
}

/** The PDF of an issued quote: the very bytes stored in the evidence log when it was issued. */
export async function quotePdf(ctx: AppContext, actor: Actor, id: string): Promise<{ bytes: Uint8Array; filename: string }> {
  const row = await visibleQuote(ctx, actor, id);
  if (!row.pdf_sha256) throw new AppError('quote.not_issued', { detail: 'A draft has no PDF yet: issue the quote first' });
  const doc = await findDocument(ctx.db, actor.orgId, row.pdf_sha256);
  if (!doc) throw new AppError('evidence.not_found');
  return { bytes: doc.content, filename: doc.filename };
}
