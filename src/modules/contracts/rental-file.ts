import type { AppContext } from '../../context.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { quoteLinesOf, visibleQuote, type QuoteRow } from '../quotes/index.ts';
import { decodeUpload } from '../shared/index.ts';
import * as repo from './contracts.repo.ts';
import type { RentalFileOut, RentalFileReviewInput } from './contracts.schemas.ts';

type Review = Awaited<ReturnType<typeof repo.reviewsOf>>[number];

function partyStatus(latest: Review | undefined, required: boolean): RentalFileOut['alleo'] {
  if (!required) return { status: 'not-required', decidedAt: null, decidedBy: null, note: null, documentSha256: null };
  if (!latest) return { status: 'pending', decidedAt: null, decidedBy: null, note: null, documentSha256: null };
  return {
    status: latest.outcome,
    decidedAt: latest.decided_at,
    decidedBy: latest.decided_by,
    note: latest.note,
    documentSha256: latest.document_sha256,
  };
}

/**
 * Where a quote's rental file stands (art. 3.2): any rental needs ALLEO's approval and, when a
 * financing partner is involved, the partner's; the latest review of each party decides.
 */
export async function rentalFileOf(ctx: AppContext, orgId: string, quote: QuoteRow): Promise<RentalFileOut> {
  const lines = await quoteLinesOf(ctx.db, quote.id);
  const required = lines.some((l) => l.kind === 'rental');
  const reviews = await repo.reviewsOf(ctx.db, orgId, quote.id);
  const latest = (party: 'alleo' | 'lessor') =>
    reviews.filter((r) => r.party === party && (party === 'alleo' || r.lessor_id === quote.lessor_id)).at(-1);
  const alleo = partyStatus(latest('alleo'), required);
  const lessor = partyStatus(latest('lessor'), required && quote.lessor_id !== null);
  const missing: RentalFileOut['missing'] = [];
  if (alleo.status === 'pending' || alleo.status === 'refused') missing.push('alleo');
  if (lessor.status === 'pending' || lessor.status === 'refused') missing.push('lessor');
  return { quoteId: quote.id, required, lessorId: quote.lessor_id, alleo, lessor, missing };
}

export async function getRentalFile(ctx: AppContext, actor: Actor, quoteId: string) {
  return rentalFileOf(ctx, actor.orgId, await visibleQuote(ctx, actor, quoteId));
}

/** Records ALLEO's or the lessor's approval or refusal of a rental file, with its document. */
export async function reviewRentalFile(
  ctx: AppContext,
  actor: Actor,
  quoteId: string,
  input: RentalFileReviewInput,
): Promise<RentalFileOut> {
  const quote = await visibleQuote(ctx, actor, quoteId);
  if (quote.status !== 'issued' && quote.status !== 'accepted')
    throw new AppError('quote.not_issued', { detail: `The quote is ${quote.status}` });
  const file = await rentalFileOf(ctx, actor.orgId, quote);
  if (!file.required) throw new AppError('rental_file.not_required');
  if (input.party === 'lessor' && !quote.lessor_id)
    throw new AppError('rental_file.not_required', { detail: 'This rental is not financed by a lessor' });
  if (input.party === 'lessor' && !input.document)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'document',
          message: "required: the financing partner's approval or refusal",
          fr: "obligatoire : l'accord ou le refus de l'organisme de financement",
        },
      ],
    });
  const document = input.document ? decodeUpload(input.document, 'document') : undefined;
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const entry = await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'rental-file.reviewed',
      objectType: 'quote',
      objectId: quote.id,
      actor: actor.userId,
      at,
      ...(document ? { document } : {}),
      decision: {
        article: '3.2',
        party: input.party,
        lessorId: input.party === 'lessor' ? quote.lessor_id : null,
        outcome: input.outcome,
        note: input.note ?? null,
      },
    });
    await repo.insertReview(trx, {
      id: newId(),
      org_id: actor.orgId,
      quote_id: quote.id,
      party: input.party,
      lessor_id: input.party === 'lessor' ? quote.lessor_id : null,
      outcome: input.outcome,
      note: input.note ?? null,
      document_sha256: document ? sha256OfBytes(document.bytes) : null,
      decided_by: actor.userId,
      decided_at: at,
      evidence_seq: entry.seq,
    });
  });
  return rentalFileOf(ctx, actor.orgId, quote);
}
