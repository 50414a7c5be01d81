import type { AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE } from '../../documents/index.ts';
import { appendEvidence, findDocument } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { EML_MEDIA_TYPE, queueMail } from '../../mail/index.ts';
import type { Actor } from '../auth/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { loadParties } from './parties.ts';

export interface DocumentMail {
  clientId: string;
  /** Recipients given by the user; default: the client's email address. */
  to?: string[];
  /** SHA-256 of the stored PDF to attach. */
  documentSha256: string;
  subject: string;
  /** The body between the greeting and the signature. */
  paragraphs: string[];
  related: { type: string; id: string };
  contractId?: string;
  emlFilename: string;
}

/**
 * Emails a stored PDF to the client: the message goes to the outbox in the same transaction as
 * its evidence entry ('document.sent', the .eml itself, art. 22). Quotes and acknowledgements
 * use it; any later document sent to a client (invoices, letters) should too.
 */
export async function sendDocumentToClient(ctx: AppContext, actor: Actor, m: DocumentMail) {
  const { clientEmail } = await loadParties(ctx, actor.orgId, m.clientId);
  const to = m.to ?? (clientEmail ? [clientEmail] : []);
  if (to.length === 0) throw new AppError('request.invalid', { errors: [{ path: 'to', message: 'the client has no email address: give the recipients', fr: "le client n'a pas d'adresse e-mail : indiquez les destinataires" }] });
  const org = await getOrganisation(ctx, actor.orgId);
  if (!org.email) throw new AppError('request.invalid', { errors: [{ path: 'from', message: 'the organisation has no email address', fr: "la société n'a pas d'adresse e-mail" }] });
  const pdf = await findDocument(ctx.db, actor.orgId, m.documentSha256);
  if (!pdf) throw new AppError('evidence.not_found');
  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const mail = await queueMail(trx, ctx, {
      orgId: actor.orgId,
      from: org.email!,
      fromName: org.name,
      to,
      subject: `${org.name} — ${m.subject}`,
      text: ['Madame, Monsieur,', '', ...m.paragraphs, '', `Cordialement,\n${org.name}`].join('\n'),
      attachments: [{ filename: pdf.filename, mediaType: PDF_MEDIA_TYPE, content: pdf.content }],
      related: m.related,
    });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'document.sent',
      objectType: m.related.type,
      objectId: m.related.id,
      ...(m.contractId ? { contractId: m.contractId } : {}),
      actor: actor.userId,
      at,
      document: { bytes: mail.eml, mediaType: EML_MEDIA_TYPE, filename: m.emlFilename },
    });
    return { messageId: mail.id, to, emlSha256: mail.sha256 };
  });
}
