import { parisDate, type AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { formatDateEn, formatDateFr } from '../../kernel/dates.ts';
import { makeDecision, type Decision } from '../../kernel/decision.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import type { PortalRefuseInput } from './acceptance.schemas.ts';
import { getQuote, visibleQuote } from './read-quotes.ts';
import * as repo from './quotes.repo.ts';
import type { QuoteOut } from './quotes.schemas.ts';

/**
 * The client user declines the offer in the portal (art. 3.1: the contract forms only by the
 * client's acceptance; a declined offer forms none). We keep who, when, from which IP and the
 * optional reason as a JSON statement in the evidence log, and a decision of rule
 * `quote.acceptance` (outcome refused, reason declined) so the quote's timeline says why it
 * closed. The quote can still be revised into a new version.
 */
export async function refuseInPortal(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: PortalRefuseInput,
  ip: string,
): Promise<{ quote: QuoteOut; decision: Decision }> {
  const quote = await visibleQuote(ctx, actor, id);
  if (quote.status !== 'issued') throw new AppError('quote.not_issued', { detail: `The quote is ${quote.status}` });
  const at = ctx.now().toISOString();
  const today = parisDate(ctx.now());
  const reason = input.reason ?? null;
  const label = `${quote.number} (version ${quote.version})`;
  const decision = makeDecision(
    {
      rule: 'quote.acceptance',
      asOf: today,
      outcome: 'refused',
      citation: { article: '3.1', termsVersion: quote.terms_version! },
      explanation: {
        fr: `Devis ${label} refusé par le client dans l'espace client le ${formatDateFr(today)}${reason ? ` (motif : ${reason})` : ''} : le contrat n'est pas formé.`,
        en: `Quote ${label} declined by the client in the portal on ${formatDateEn(today)}${reason ? ` (reason: ${reason})` : ''}: no contract is formed.`,
      },
      parameters: {},
    },
    { reason: 'declined', clientReason: reason },
  );
  const statement = {
    statement: 'Devis refusé par le client',
    quoteId: quote.id,
    quoteNumber: quote.number,
    quoteVersion: quote.version,
    quotePdfSha256: quote.pdf_sha256,
    reason,
    userId: actor.userId,
    userEmail: actor.email,
    ip,
    at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    // The state change first: it decides a race with an acceptance or the expiry sweep.
    const won = await repo.transition(trx, actor.orgId, quote.id, 'issued', {
      status: 'refused',
      closed_at: at,
      updated_at: at,
    });
    if (!won)
      throw new AppError('quote.not_issued', { detail: 'The quote was accepted, refused or expired meanwhile' });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'document.received',
      objectType: 'quote',
      objectId: quote.id,
      actor: actor.userId,
      at,
      document: {
        bytes: Buffer.from(JSON.stringify(statement, null, 2)),
        mediaType: 'application/json',
        filename: `refus-portail-${quote.number}-v${quote.version}.json`,
      },
    });
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'quote',
      objectId: quote.id,
      effectKey: `quote.acceptance:quote:${quote.id}:declined`,
      actor: actor.userId,
      at,
    });
  });
  return { quote: (await getQuote(ctx, actor, quote.id)).quote, decision };
}
