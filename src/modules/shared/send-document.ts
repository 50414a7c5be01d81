import type { AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE } from '../../documents/index.ts';
import { appendEvidence, findDocument } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { EML_MEDIA_TYPE, queueMail, type MailAttachment } from '../../mail/index.ts';
import type { Actor } from '../auth/index.ts';
import { mailRecipients } from '../clients/index.ts';
import { getOrganisation } from '../organisations/index.ts';

export interface DocumentMail {
  clientId: string;
  /** Recipients given by the user; default: the client's designated contact (or billing address). */
  to?: string[];
  /** Which address of the client the message goes to when `to` is not given (default 'correspondent'). */
  defaultRecipient?: 'correspondent' | 'billing';
  /** SHA-256 of the stored PDF to attach. */
  documentSha256: string;
  /** More files to attach (the CGV PDF where the document says they are attached, art. 1.1). */
  extraAttachments?: MailAttachment[];
  subject: string;
  /** The body between the greeting and the signature. */
  paragraphs: string[];
  /** Added only when the client has a portal account. */
  portalParagraph?: string;
  related: { type: string; id: string };
  contractId?: string | null;
  emlFilename: string;
}

export interface DocumentMailResult {
  messageId: string;
  to: string[];
  emlSha256: string;
  /** Always 'queued': the delivery worker sends it; the outbox and the evidence log tell when. */
  status: 'queued';
}

/**
 * Emails a stored PDF to the client: the message goes to the outbox in the same transaction as
 * its evidence entry ('mail.queued', the .eml itself, art. 22); its delivery, when a transport
 * accepts it, is chained later ('mail.delivered'). Quotes, acknowledgements, invoices, credit and
 * debit notes use it.
 */
export async function sendDocumentToClient(
  ctx: AppContext,
  actor: Actor,
  m: DocumentMail,
): Promise<DocumentMailResult> {
  const recipients = await mailRecipients(ctx, actor.orgId, m.clientId);
  const fallback = m.defaultRecipient === 'billing' ? recipients.billing : recipients.correspondent;
  const to = m.to ?? (fallback ? [fallback] : []);
  if (to.length === 0)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'to',
          message: 'the client has no email address: give the recipients',
          fr: "le client n'a pas d'adresse e-mail : indiquez les destinataires",
        },
      ],
    });
  const org = await getOrganisation(ctx, actor.orgId);
  if (!org.email)
    throw new AppError('request.invalid', {
      errors: [
        { path: 'from', message: 'the organisation has no email address', fr: "la société n'a pas d'adresse e-mail" },
      ],
    });
  const pdf = await findDocument(ctx.db, actor.orgId, m.documentSha256);
  if (!pdf) throw new AppError('evidence.not_found');
  const at = ctx.now().toISOString();
  const paragraphs = [...m.paragraphs, ...(m.portalParagraph && recipients.portalAccount ? [m.portalParagraph] : [])];
  return ctx.db.transaction().execute(async (trx) => {
    const mail = await queueMail(trx, ctx, {
      orgId: actor.orgId,
      from: org.email!,
      fromName: org.name,
      to,
      subject: `${org.name} — ${m.subject}`,
      text: ['Madame, Monsieur,', '', ...paragraphs, '', `Cordialement,\n${org.name}`].join('\n'),
      attachments: [
        { filename: pdf.filename, mediaType: PDF_MEDIA_TYPE, content: pdf.content },
        ...(m.extraAttachments ?? []),
      ],
      related: m.related,
      contractId: m.contractId ?? null,
    });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'mail.queued',
      objectType: m.related.type,
      objectId: m.related.id,
      ...(m.contractId ? { contractId: m.contractId } : {}),
      actor: actor.userId,
      at,
      document: { bytes: mail.eml, mediaType: EML_MEDIA_TYPE, filename: m.emlFilename },
      decision: { outboxMessageId: mail.id, to, attachments: mail.attachments },
    });
    return { messageId: mail.id, to, emlSha256: mail.sha256, status: 'queued' as const };
  });
}
