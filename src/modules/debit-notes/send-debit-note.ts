import type { AppContext } from '../../context.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { formatEurosFr } from '../../kernel/money.ts';
import type { Actor } from '../auth/index.ts';
import { sendDocumentToClient } from '../shared/index.ts';
import { visibleDebitNote } from './read-debit-notes.ts';

/** Queues the e-mail of a debit note (late-payment interest and the EUR 40, art. 10.3) with its PDF, to the client's billing address. */
export async function sendDebitNote(ctx: AppContext, actor: Actor, id: string, input: { to?: string[] }) {
  const row = await visibleDebitNote(ctx, actor, id);
  return sendDocumentToClient(ctx, actor, {
    clientId: row.client_id,
    ...(input.to ? { to: input.to } : {}),
    defaultRecipient: 'billing',
    documentSha256: row.document_sha256,
    subject: `Note de débit n° ${row.number}`,
    paragraphs: [
      `Veuillez trouver ci-joint notre note de débit n° ${row.number} du ${formatDateFr(row.issue_date)}, d'un montant de ${formatEurosFr(Number(row.total_cents))}, payable au plus tard le ${formatDateFr(row.due_date)} : pénalités de retard et indemnité forfaitaire pour frais de recouvrement (art. 10.3 de nos conditions générales).`,
    ],
    portalParagraph: 'Vous pouvez aussi la consulter depuis votre espace client.',
    related: { type: 'debit-note', id: row.id },
    emlFilename: `envoi-note-de-debit-${row.number}.eml`,
  });
}
