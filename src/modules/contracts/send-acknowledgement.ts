import type { AppContext } from '../../context.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import type { Actor } from '../auth/index.ts';
import { sendDocumentToClient } from '../shared/index.ts';
import { visibleContract } from './read-contracts.ts';

/** Sends the order acknowledgement by email (art. 3.2); the .eml is kept in the contract's evidence. */
export async function sendAcknowledgement(ctx: AppContext, actor: Actor, contractId: string, input: { to?: string[] }) {
  const contract = await visibleContract(ctx, actor, contractId);
  return sendDocumentToClient(ctx, actor, {
    clientId: contract.client_id,
    ...(input.to ? { to: input.to } : {}),
    documentSha256: contract.acknowledgement_sha256,
    subject: `Accusé de réception de commande n° ${contract.acknowledgement_number} (contrat n° ${contract.number})`,
    paragraphs: [
      `Nous accusons réception de votre commande du ${formatDateFr(contract.order_date)}. L'accusé de réception ci-joint forme le contrat n° ${contract.number}, qui prend effet le ${formatDateFr(contract.effective_date)} (art. 3.2 et 15.1 de nos conditions générales, version ${contract.terms_version}).`,
    ],
    related: { type: 'contract', id: contract.id },
    contractId: contract.id,
    emlFilename: `envoi-ar-${contract.acknowledgement_number}.eml`,
  });
}
