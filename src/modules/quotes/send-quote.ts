import type { AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE } from '../../documents/index.ts';
import { appendEvidence, findDocument } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { EML_MEDIA_TYPE, queueMail } from '../../mail/index.ts';
import type { Actor } from '../auth/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { loadParties } from './parties.ts';
import { visibleQuote } from './read-quotes.ts';

/**
 * Sends an issued quote by email with its PDF: the message goes to the outbox in the same
 * transaction as its evidence entry ('document.sent', the .eml itself), art. 22.
 */
export async function sendQuote(ctx: AppContext, actor: Actor, id: string, input: { to?: string[] }) {
  const quote = await visibleQuote(ctx, actor, id);
  if (quote.status !== 'issued' || !quote.pdf_sha256) throw new AppError('quote.not_issued', { detail: 'Only an issued quote awaiting acceptance is sent' });
  const { clientEmail } = await loadParties(ctx, actor.orgId, quote.client_id);
  const to = input.to ?? (clientEmail ? [clientEmail] : []);
  if (to.length === 0) throw new AppError('request.invalid', { errors: [{ path: 'to', message: 'the client has no email address: give the recipients' }] });
  const org = await getOrganisation(ctx, actor.orgId);
  if (!org.email) throw new AppError('request.invalid', { errors: [{ path: 'from', message: 'the organisation has no email address' }] });
  const pdf = await findDocument(ctx.db, actor.orgId, quote.pdf_sha256);
  if (!pdf) throw new AppError('evidence.not_found');
  const at = ctx.now().toISOString();
  const label = `devis n° ${quote.number} (version ${quote.version})`;
  return ctx.db.transaction().execute(async (trx) => {
    const mail = await queueMail(trx, ctx, {
      orgId: actor.orgId,
      from: org.email!,
      fromName: org.name,
      to,
      subject: `${org.name} — ${label[0]!.toUpperCase()}${label.slice(1)}`,
      text: [
        'Madame, Monsieur,',
        '',
        `Veuillez trouver ci-joint notre ${label}, valable jusqu'au ${formatDateFr(quote.expires_on!)} (art. 3.1 de nos conditions générales).`,
        "Pour l'accepter, retournez-le signé avec la mention « Bon pour accord », sans réserve, ou acceptez-le depuis votre espace client.",
        '',
        `Cordialement,\n${org.name}`,
      ].join('\n'),
      attachments: [{ filename: pdf.filename, mediaType: PDF_MEDIA_TYPE, content: pdf.content }],
      related: { type: 'quote', id: quote.id },
    });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'document.sent',
      objectType: 'quote',
      objectId: quote.id,
      actor: actor.userId,
      at,
      document: { bytes: mail.eml, mediaType: EML_MEDIA_TYPE, filename: `envoi-devis-${quote.number}-v${quote.version}.eml` },
    });
    return { messageId: mail.id, to, emlSha256: mail.sha256 };
  });
}
