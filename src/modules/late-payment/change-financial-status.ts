import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import {
  getClient,
  insertStatusChange,
  loadWritableClient,
  updateClientRow,
  type ClientDetail,
  type FinancialStatus,
} from '../clients/index.ts';
import { prepaymentReleaseRefusal } from './prepayment.ts';

/** The statuses as the French screens name them, for the field message. */
const STATUS_FR: Record<FinancialStatus, string> = {
  normal: 'normale',
  watch: 'sous surveillance',
  'prepayment-required': 'paiement préalable exigé',
};

/**
 * Credit control lives with late-payment enforcement: the status it sets (prepayment, 10.3) and the
 * refusal to lift it are decided here; the client row and its history are written by `clients`.
 *
 * Records ALLEO's assessment of a client's financial situation, with who and why. It is the
 * ground of art. 10.1 (payment terms adapted, guarantees or prepayment required) and of 15.2
 * (termination on an adverse change), so the change is also kept in the evidence log.
 */
export async function changeFinancialStatus(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  input: { status: FinancialStatus; reason: string },
): Promise<ClientDetail> {
  const client = await loadWritableClient(ctx, actor, clientId);
  if (client.financial_status === input.status)
    throw new AppError('client.financial_status_unchanged', {
      errors: [
        { path: 'status', message: `already ${input.status}`, fr: `situation déjà « ${STATUS_FR[input.status]} »` },
      ],
    });
  // Art. 10.3: prepayment stays required while an invoice is overdue.
  if (client.financial_status === 'prepayment-required') {
    const refusal = await prepaymentReleaseRefusal(ctx, actor.orgId, clientId);
    if (refusal)
      throw new AppError('late_payment.release_refused', {
        detail: refusal.explanation.en,
        errors: [{ path: 'status', message: 'an invoice is still overdue', fr: 'une facture reste échue et impayée' }],
        extra: { decision: refusal },
      });
  }
  const at = ctx.now().toISOString();
  const change = {
    id: newId(),
    org_id: actor.orgId,
    client_id: clientId,
    from_status: client.financial_status,
    to_status: input.status,
    reason: input.reason,
    changed_by: actor.userId,
    at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await updateClientRow(trx, actor.orgId, clientId, { financial_status: input.status, updated_at: at });
    await insertStatusChange(trx, change);
    const record = {
      article: '10.1',
      clientId,
      legalName: client.legal_name,
      from: change.from_status,
      to: change.to_status,
      reason: change.reason,
      changedBy: { id: actor.userId, name: actor.name },
      at,
    };
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'client.financial-status-changed',
      objectType: 'client',
      objectId: clientId,
      actor: actor.userId,
      at,
      document: {
        bytes: Buffer.from(JSON.stringify(record, null, 2)),
        mediaType: 'application/json',
        filename: `financial-status-${clientId}-${change.id}.json`,
      },
    });
  });
  return getClient(ctx, actor, clientId);
}
