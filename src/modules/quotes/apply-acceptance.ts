import { parisDate, type AppContext } from '../../context.ts';
import { appendEvidence, sha256OfBytes, type EvidenceDocument } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import type { Decision } from '../../kernel/decision.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { notifyStaff } from '../notifications/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { recordExpiry } from './expire-quote.ts';
import { getQuote } from './read-quotes.ts';
import * as repo from './quotes.repo.ts';
import type { AcceptanceOut, QuoteOut } from './quotes.schemas.ts';

/** One attempt to accept a quote, whichever way it came (art. 3.1). */
export interface AcceptanceAttempt {
  method: 'signed-quote' | 'purchase-order';
  acceptedOn: string;
  withReservations: boolean;
  referencesQuote?: boolean;
  /** What was received: the signed quote, the purchase order, or the portal's acceptance record. */
  document: EvidenceDocument;
  record: Omit<
    AcceptanceOut,
    'method' | 'acceptedOn' | 'recordedAt' | 'recordedBy' | 'documentSha256' | 'quotePdfSha256'
  >;
}

/** Who an automatic change found during a user's request is credited to (never the user who happened to ask). */
const RULES_ACTOR = 'system:rules';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findQuote>>>;

/**
 * Applies rule `quote.acceptance` and records its decision with the document received, in one
 * transaction. The quote leaves 'issued' only through a conditional update, so an acceptance and
 * the expiry sweep racing each other end with exactly one outcome. A refusal is recorded, then
 * reported as a 409 carrying the decision and its citation.
 */
export async function applyAcceptance(
  ctx: AppContext,
  actor: Actor,
  quote: Row,
  attempt: AcceptanceAttempt,
): Promise<{ quote: QuoteOut; decision: Decision }> {
  if (quote.status !== 'issued' && quote.status !== 'expired')
    throw new AppError('quote.not_issued', { detail: `The quote is ${quote.status}` });
  const today = parisDate(ctx.now());
  if (attempt.acceptedOn < quote.issue_date! || attempt.acceptedOn > today) {
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'receivedOn',
          message: `must be between the issue date ${quote.issue_date} and today ${today}`,
          fr: `doit être comprise entre la date d'émission du devis (${formatDateFr(quote.issue_date!)}) et aujourd'hui (${formatDateFr(today)})`,
        },
      ],
    });
  }
  const terms = await publishedTerms(ctx, actor.orgId, quote.terms_version!);
  const facts = {
    issueDate: quote.issue_date!,
    ...(quote.validity_days !== null ? { validityDays: quote.validity_days } : {}),
    acceptedOn: attempt.acceptedOn,
    method: attempt.method,
    ...(attempt.referencesQuote !== undefined ? { referencesQuote: attempt.referencesQuote } : {}),
    withReservations: attempt.withReservations,
  };
  const decision = evaluate('quote.acceptance', facts, { asOf: today, terms });
  // An expired quote cannot come back to life, even with an earlier stated date.
  if (quote.status === 'expired' && decision.outcome === 'accepted')
    throw new AppError('quote.not_issued', { detail: 'The quote has expired' });
  const at = ctx.now().toISOString();
  const accepted = decision.outcome === 'accepted';

  await ctx.db.transaction().execute(async (trx) => {
    // The state change first: it locks the quote row, and its row count decides a race.
    if (accepted) {
      const documentSha256 = sha256OfBytes(attempt.document.bytes);
      const acceptance: AcceptanceOut = {
        method: attempt.method,
        acceptedOn: attempt.acceptedOn,
        recordedAt: at,
        recordedBy: actor.userId,
        quotePdfSha256: quote.pdf_sha256,
        documentSha256,
        ...attempt.record,
      };
      const won = await repo.transition(trx, actor.orgId, quote.id, 'issued', {
        status: 'accepted',
        accepted_on: attempt.acceptedOn,
        acceptance_json: JSON.stringify(acceptance),
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
        document: attempt.document,
      });
      if (attempt.record.channel === 'portal') {
        const label = `${quote.number} (version ${quote.version})`;
        await notifyStaff(trx, ctx, {
          orgId: actor.orgId,
          kind: 'quote.accepted',
          objectType: 'quote',
          objectId: quote.id,
          at,
          fr: `Devis ${label} accepté dans l'espace client par ${attempt.record.signatoryName ?? actor.name}`,
          en: `Quote ${label} accepted in the portal by ${attempt.record.signatoryName ?? actor.name}`,
        });
      }
    } else {
      if (decision.reason === 'expired')
        await recordExpiry(trx, ctx.dialect, {
          orgId: actor.orgId,
          quoteId: quote.id,
          terms,
          issueDate: quote.issue_date!,
          validityDays: quote.validity_days,
          asOf: today,
          at,
          // The expiry is the rule's own doing, found on this attempt: credited to the system, as the sweep's.
          actor: RULES_ACTOR,
        });
      // An acceptance with reservations is a counter-offer: it rejects the quote (a new version may follow).
      if (decision.reason === 'reservations')
        await repo.transition(trx, actor.orgId, quote.id, 'issued', {
          status: 'refused',
          closed_at: at,
          updated_at: at,
        });
      await appendEvidence(trx, ctx.dialect, {
        orgId: actor.orgId,
        kind: 'document.received',
        objectType: 'quote',
        objectId: quote.id,
        actor: actor.userId,
        at,
        document: attempt.document,
      });
    }
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'quote',
      objectId: quote.id,
      // One acceptance ever; every refused attempt is its own fact.
      effectKey: accepted
        ? `quote.acceptance:quote:${quote.id}:accepted`
        : `quote.acceptance:quote:${quote.id}:refused:${newId()}`,
      actor: actor.userId,
      at,
    });
  });

  if (!accepted) {
    throw new AppError(decision.reason === 'expired' ? 'quote.expired' : 'quote.acceptance_refused', {
      detail: decision.explanation.en,
      extra: { decision },
    });
  }
  return { quote: (await getQuote(ctx, actor, quote.id)).quote, decision };
}
