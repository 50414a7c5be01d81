import { parisDate, type AppContext } from '../../context.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { decodeUpload } from '../shared/index.ts';
import { riskTransferDecision } from './equipment-decisions.ts';
import * as repo from './equipment.repo.ts';
import type { SignInput } from './equipment.schemas.ts';
import { getDelivery, visibleDelivery } from './read-deliveries.ts';

/**
 * The rental delivery note signed, in the portal (name, title, time) or uploaded signed by staff:
 * the signature is the transfer of risk to the client (art. 4.2.1), recorded as a decision.
 */
export async function signDelivery(ctx: AppContext, actor: Actor, deliveryId: string, input: SignInput) {
  const delivery = await visibleDelivery(ctx, actor, deliveryId);
  if (delivery.kind !== 'rental') throw new AppError('delivery.not_rental');
  if (delivery.signed_at !== null) throw new AppError('delivery.already_signed');
  const document = 'signedDocument' in input ? decodeUpload(input.signedDocument, 'signedDocument') : null;
  const contract = await repo.contractTerms(ctx.db, actor.orgId, delivery.contract_id);
  const at = ctx.now().toISOString();
  const decision = riskTransferDecision({
    asOf: parisDate(ctx.now()),
    termsVersion: contract.terms_version,
    deliveryNumber: delivery.number,
    signedBy: `${input.signatoryName} (${input.signatoryTitle})`,
    signedAt: at,
  });
  await ctx.db.transaction().execute(async (trx) => {
    if (document)
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
    await repo.updateDelivery(trx, actor.orgId, delivery.id, {
      signed_name: input.signatoryName,
      signed_title: input.signatoryTitle,
      signed_at: at,
      signed_document_sha256: document ? sha256OfBytes(document.bytes) : null,
      updated_at: at,
    });
    const { recorded } = await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'delivery',
      objectId: delivery.id,
      contractId: delivery.contract_id,
      effectKey: `rental.risk-transfer:delivery:${delivery.id}`,
      actor: actor.userId,
      at,
    });
    if (!recorded) throw new AppError('delivery.already_signed');
  });
  return { delivery: await getDelivery(ctx, actor, delivery.id), decision };
}
