import type { AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE } from '../../documents/index.ts';
import { appendEvidence, findDocument } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { EML_MEDIA_TYPE, queueMail } from '../../mail/index.ts';
import type { Actor } from '../auth/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { loadParties } from '../quotes/index.ts';
import { visibleContract } from './read-contracts.ts';

/** Sends the order acknowledgement by email (art. 3.2); the .eml is kept in the contract's evidence. */
export async function sendAcknowledgement(ctx: AppContext, actor: Actor, contractId: string, input: { to?: string[] }) {
  const contract = await visibleContract(ctx, actor, contractId);
  const { clientEmail } = await loadParties(ctx, actor.orgId, contract.client_id);
  const to = input.to ?? (clientEmail ? [clientEmail] : []);
  if (to.length === 0) throw new AppError('request.invalid', { errors: [{ path: 'to', message: 'the client has no email address: give the recipients' }] });
  const org = await getOrganisation(ctx, actor.orgId);
  if (!org.email) throw new AppError('request.invalid', { errors: [{ path: 'from', message: 'the organisation has no email address' }] });
  const pdf = await findDocument(ctx.db, actor.orgId, contract.acknowledgement_sha256);
  if (!pdf) throw new AppError('evidence.not_found');
  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const mail = await queueMail(trx, ctx, {
      orgId: actor.orgId,
      from: org.email!,
      fromName: org.name,
      to,
      subject: `${org.name} — Accusé de réception de commande n° ${contract.acknowledgement_number} (contrat n° ${contract.number})`,
      text: [
        'Madame, Monsieur,',
        '',
        `Nous accusons réception de votre commande du ${formatDateFr(contract.order_date)}. L'accusé de réception ci-joint forme le contrat n° ${contract.number}, qui prend effet le ${formatDateFr(contract.effective_date)} (art. 3.2 et 15.1 de nos conditions générales, version ${contract.terms_version}).`,
        '',
        `Cordialement,\n${org.name}`,
      ].join('\n'),
      attachments: [{ filename: pdf.filename, mediaType: PDF_MEDIA_TYPE, content: pdf.content }],
      related: { type: 'contract', id: contract.id },
    });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'document.sent',
      objectType: 'contract',
      objectId: contract.id,
      contractId: contract.id,
      actor: actor.userId,
      at,
      document: { bytes: mail.eml, mediaType: EML_MEDIA_TYPE, filename: `envoi-ar-${contract.acknowledgement_number}.eml` },
    });
    return { messageId: mail.id, to, emlSha256: mail.sha256 };
  });
}
