import type { AppContext } from '../../context.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { formatEurosFr } from '../../kernel/money.ts';
import type { Actor } from '../auth/index.ts';
import { sendDocumentToClient } from '../shared/index.ts';
import { invoicePdf, visibleInvoice } from './read-invoices.ts';

/**
 * Queues the e-mail of an issued invoice or credit note with its Factur-X PDF (the readable
 * invoice and the EN 16931 e-invoice in one file), to the client's billing address unless
 * recipients are given; kept as evidence (art. 22).
 */
export async function sendInvoice(ctx: AppContext, actor: Actor, id: string, input: { to?: string[] }) {
  const row = await visibleInvoice(ctx, actor, id);
  if (row.status !== 'issued' || !row.number)
    throw new AppError('invoice.not_issued', { detail: 'A draft is not sent: issue it first' });
  const pdf = await invoicePdf(ctx, actor, id); // rendered and stored now if it was not yet
  const credit = row.kind === 'credit-note';
  const label = `${credit ? 'avoir' : 'facture'} n° ${row.number}`;
  const amount = formatEurosFr(Number(row.gross_cents));
  return sendDocumentToClient(ctx, actor, {
    clientId: row.client_id,
    ...(input.to ? { to: input.to } : {}),
    defaultRecipient: 'billing',
    documentSha256: pdf.sha256,
    subject: `${credit ? 'Avoir' : 'Facture'} n° ${row.number}`,
    paragraphs: credit
      ? [
          `Veuillez trouver ci-joint notre ${label} du ${formatDateFr(row.issue_date!)}, d'un montant de ${amount} TTC.`,
          'Le fichier PDF joint est aussi un avoir électronique Factur-X (EN 16931).',
        ]
      : [
          `Veuillez trouver ci-joint notre ${label} du ${formatDateFr(row.issue_date!)}, d'un montant de ${amount} TTC, payable au plus tard le ${formatDateFr(row.due_date!)} (art. 10.1 de nos conditions générales).`,
          'Le fichier PDF joint est aussi une facture électronique Factur-X (EN 16931).',
        ],
    portalParagraph: 'Vous pouvez aussi la consulter, ainsi que votre relevé de compte, depuis votre espace client.',
    related: { type: 'invoice', id: row.id },
    contractId: row.contract_id,
    emlFilename: `envoi-${credit ? 'avoir' : 'facture'}-${row.number}.eml`,
  });
}
