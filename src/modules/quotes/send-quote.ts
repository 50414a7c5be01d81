import type { AppContext } from '../../context.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { visibleQuote } from './read-quotes.ts';
import { sendDocumentToClient } from '../shared/index.ts';
import { termsAttachment } from './terms-attachment.ts';

/**
 * Queues the e-mail of an issued quote with its PDF and the CGV it says are attached (art. 1.1,
 * 3.1), to the client's designated contact unless recipients are given; kept as evidence (art. 22).
 */
export async function sendQuote(ctx: AppContext, actor: Actor, id: string, input: { to?: string[] }) {
  const quote = await visibleQuote(ctx, actor, id);
  if (quote.status !== 'issued' || !quote.pdf_sha256)
    throw new AppError('quote.not_issued', { detail: 'Only an issued quote awaiting acceptance is sent' });
  const label = `devis n° ${quote.number} (version ${quote.version})`;
  return sendDocumentToClient(ctx, actor, {
    clientId: quote.client_id,
    ...(input.to ? { to: input.to } : {}),
    documentSha256: quote.pdf_sha256,
    // The quote reads "Conditions générales … jointes et acceptées": they are attached.
    extraAttachments: quote.terms_version ? [await termsAttachment(ctx, actor.orgId, quote.terms_version)] : [],
    subject: `${label[0]!.toUpperCase()}${label.slice(1)}`,
    paragraphs: [
      `Veuillez trouver ci-joint notre ${label}, valable jusqu'au ${formatDateFr(quote.expires_on!)} (art. 3.1 de nos conditions générales).`,
      "Pour l'accepter, retournez-le signé avec la mention « Bon pour accord », sans réserve.",
    ],
    portalParagraph: 'Vous pouvez aussi l’accepter en ligne depuis votre espace client.',
    related: { type: 'quote', id: quote.id },
    emlFilename: `envoi-devis-${quote.number}-v${quote.version}.eml`,
  });
}
