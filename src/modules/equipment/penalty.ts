import { parisDate, type AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { decodeUpload, type UploadedDocument } from '../shared/index.ts';
import { penaltyDecision } from './equipment-decisions.ts';
import * as repo from './equipment.repo.ts';
import { visibleDelivery } from './read-deliveries.ts';

/**
 * A delay penalty claimed against ALLEO on a delivery: delivery dates are indicative, so it is
 * refused with the citation (art. 4.1.2, 4.2.2) unless ALLEO's prior written acceptance of the
 * principle of penalties is attached — then it is recorded with that document.
 */
export async function recordPenalty(
  ctx: AppContext,
  actor: Actor,
  deliveryId: string,
  input: { amountCents: number; reason: string; alleoWrittenAcceptance?: UploadedDocument | undefined },
) {
  const delivery = await visibleDelivery(ctx, actor, deliveryId);
  const contract = await repo.contractTerms(ctx.db, actor.orgId, delivery.contract_id);
  const document = input.alleoWrittenAcceptance
    ? decodeUpload(input.alleoWrittenAcceptance, 'alleoWrittenAcceptance')
    : null;
  const decision = penaltyDecision({
    asOf: parisDate(ctx.now()),
    termsVersion: contract.terms_version,
    deliveryNumber: delivery.number,
    accepted: document !== null,
    amountCents: input.amountCents,
  });
  if (!document)
    throw new AppError('delivery.penalty_refused', { detail: decision.explanation.en, extra: { decision } });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'document.received',
      objectType: 'delivery',
      objectId: delivery.id,
      contractId: delivery.contract_id,
      actor: actor.userId,
      at,
      document,
    });
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision: Object.assign(decision, { reason: input.reason }),
      objectType: 'delivery',
      objectId: delivery.id,
      contractId: delivery.contract_id,
      effectKey: `delivery.delay-penalty:delivery:${delivery.id}:${newId()}`,
      actor: actor.userId,
      at,
    });
  });
  return { decision };
}
