import { parisDate, type AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderQuotePdf } from '../../documents/index.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import { requireVatRateInForce } from '../vat-rates/index.ts';
import { nextNumber } from '../shared/index.ts';
import { loadParties } from '../shared/index.ts';
import { quoteDocument } from './quote-document.ts';
import { getQuote } from './read-quotes.ts';
import * as repo from './quotes.repo.ts';
import type { QuoteOut } from './quotes.schemas.ts';

/** Supersedes the version a revision replaces; an accepted one cannot be replaced any more. */
async function supersede(trx: AppContext['db'], orgId: string, previousId: string, at: string) {
  if (await repo.transition(trx, orgId, previousId, 'issued', { status: 'superseded', closed_at: at, updated_at: at }))
    return;
  const previous = await repo.findQuote(trx, orgId, previousId, null);
  if (previous?.status === 'accepted')
    throw new AppError('quote.not_revisable', {
      detail: `Version ${previous.version} was accepted meanwhile: this new version cannot be issued`,
    });
}

/**
 * Issues a draft: takes its number (a new version keeps the number), pins the terms version in
 * force today and the validity that follows (art. 3.1), renders the PDF and stores it in the
 * evidence log, all in one transaction. From then on the quote never changes.
 */
export async function issueQuote(ctx: AppContext, actor: Actor, id: string): Promise<QuoteOut> {
  const draft = await repo.findQuote(ctx.db, actor.orgId, id, null);
  if (!draft) throw new AppError('quote.not_found');
  if (draft.status !== 'draft') throw new AppError('quote.not_draft');
  const issueDate = parisDate(ctx.now());
  const terms = await termsInForce(ctx, actor.orgId, issueDate);
  const validity = evaluate(
    'quote.validity',
    { issueDate, ...(draft.validity_days !== null ? { validityDays: draft.validity_days } : {}) },
    { asOf: issueDate, terms },
  );
  const expiresOn = String(validity.expiresOn);
  const lines = await repo.linesOf(ctx.db, id);
  for (const [i, line] of lines.entries())
    await requireVatRateInForce(ctx, line.vat_rate, issueDate, `lines.${i}.vatRatePercent`);
  const { seller, client } = await loadParties(ctx, actor.orgId, draft.client_id);
  const at = ctx.now().toISOString();

  await ctx.db.transaction().execute(async (trx) => {
    if (draft.supersedes_id) await supersede(trx, actor.orgId, draft.supersedes_id, at);
    const number = draft.number ?? (await nextNumber(trx, actor.orgId, 'D', Number(issueDate.slice(0, 4))));
    const issued = { ...draft, number, issue_date: issueDate, expires_on: expiresOn, terms_version: terms.version };
    const pdf = await renderQuotePdf(quoteDocument(issued, lines, seller, client));
    const pdfSha256 = sha256OfBytes(pdf);
    const changed = await repo.transition(trx, actor.orgId, id, 'draft', {
      status: 'issued',
      number,
      issue_date: issueDate,
      expires_on: expiresOn,
      terms_version: terms.version,
      pdf_sha256: pdfSha256,
      issued_at: at,
      issued_by: actor.userId,
      updated_at: at,
    });
    // Issued by someone else meanwhile: roll back (the number is given back with the transaction).
    if (!changed) throw new AppError('quote.not_draft');
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'document.issued',
      objectType: 'quote',
      objectId: id,
      actor: actor.userId,
      at,
      document: { bytes: pdf, mediaType: PDF_MEDIA_TYPE, filename: `devis-${number}-v${draft.version}.pdf` },
    });
  });
  return (await getQuote(ctx, actor, id)).quote;
}
