import { parisDate, type AppContext } from '../../context.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { suspensionsOf } from '../contracts/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { decodeUpload } from '../shared/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { reservationDecision } from './deadlines.ts';
import * as repo from './equipment.repo.ts';
import { getDelivery, visibleDelivery } from './read-deliveries.ts';
import type { UploadedDocument } from '../shared/index.ts';

async function termsOfDelivery(ctx: AppContext, actor: Actor, contractId: string) {
  const contract = await repo.contractTerms(ctx.db, actor.orgId, contractId);
  return publishedTerms(ctx, actor.orgId, contract.terms_version);
}

/**
 * Records reservations (missing items, damage) on a delivery, by the client in the portal or by
 * staff (art. 4.1.3, 4.2.3): the deadline to confirm them to the carrier is computed by rule
 * delivery.reservation-deadline and shown; the sweep deems the goods accepted once it passes.
 */
export async function recordReservation(ctx: AppContext, actor: Actor, deliveryId: string, input: { text: string }) {
  const delivery = await visibleDelivery(ctx, actor, deliveryId);
  if (delivery.reservation_outcome !== null && delivery.reservation_outcome !== 'pending')
    throw new AppError('delivery.reservation_closed');
  const today = parisDate(ctx.now());
  const terms = await termsOfDelivery(ctx, actor, delivery.contract_id);
  const decision = reservationDecision({
    asOf: today,
    terms,
    deliveredOn: delivery.delivered_on,
    suspensions: await suspensionsOf(ctx, actor.orgId, delivery.contract_id),
  });
  if (decision.outcome !== 'pending') {
    throw new AppError('delivery.reservation_closed', { detail: decision.explanation.en, extra: { decision } });
  }
  const at = ctx.now().toISOString();
  await repo.updateDelivery(ctx.db, actor.orgId, delivery.id, {
    reservation_text: input.text,
    reservation_recorded_at: at,
    reservation_recorded_by: actor.userId,
    reservation_deadline: String(decision.deadline),
    reservation_outcome: 'pending',
    updated_at: at,
  });
  return { delivery: await getDelivery(ctx, actor, delivery.id), decision };
}

/**
 * The client's confirmation of its reservations to the carrier, uploaded with its date: rule
 * delivery.reservation-deadline decides in time or too late, and the decision is recorded.
 */
export async function confirmReservation(
  ctx: AppContext,
  actor: Actor,
  deliveryId: string,
  input: { confirmedOn: string; document: UploadedDocument },
) {
  const delivery = await visibleDelivery(ctx, actor, deliveryId);
  if (delivery.reservation_text === null)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'confirmedOn',
          message: 'no reservation recorded on this delivery',
          fr: 'aucune réserve enregistrée sur cette livraison',
        },
      ],
    });
  if (delivery.reservation_outcome !== 'pending') throw new AppError('delivery.reservation_closed');
  const today = parisDate(ctx.now());
  const errors = [];
  if (input.confirmedOn < delivery.delivered_on)
    errors.push({
      path: 'confirmedOn',
      message: `must not be before the delivery (${delivery.delivered_on})`,
      fr: `ne peut pas précéder la livraison (${formatDateFr(delivery.delivered_on)})`,
    });
  if (input.confirmedOn > today)
    errors.push({
      path: 'confirmedOn',
      message: `must not be after today (${today})`,
      fr: `ne peut pas dépasser la date du jour (${formatDateFr(today)})`,
    });
  if (errors.length) throw new AppError('request.invalid', { errors });
  const document = decodeUpload(input.document, 'document');
  const terms = await termsOfDelivery(ctx, actor, delivery.contract_id);
  const decision = reservationDecision({
    asOf: today,
    terms,
    deliveredOn: delivery.delivered_on,
    confirmedToCarrierOn: input.confirmedOn,
    suspensions: await suspensionsOf(ctx, actor.orgId, delivery.contract_id),
  });
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
    await repo.updateDelivery(trx, actor.orgId, delivery.id, {
      reservation_confirmed_on: input.confirmedOn,
      reservation_document_sha256: sha256OfBytes(document.bytes),
      reservation_outcome: decision.outcome as 'in-time' | 'late',
      updated_at: at,
    });
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'delivery',
      objectId: delivery.id,
      contractId: delivery.contract_id,
      effectKey: `delivery.reservation-deadline:delivery:${delivery.id}`,
      actor: actor.userId,
      at,
    });
  });
  return { delivery: await getDelivery(ctx, actor, delivery.id), decision };
}
