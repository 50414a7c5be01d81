import { parisDate, type AppContext } from '../../context.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import type { Decision } from '../../kernel/decision.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { insertDraftInvoice } from '../invoices/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { rateAtTaxPoint, vatRateTable } from '../vat-rates/index.ts';
import type { Db, Dialect } from '../../db/database.ts';
import * as repo from './interventions.repo.ts';
import type { CancelInput } from './interventions.schemas.ts';
import { getIntervention, visibleIntervention } from './read-interventions.ts';
import { refundTickets } from './tickets.ts';

type Kind = 'cancel' | 'postpone';

async function cancellationDecision(ctx: AppContext, orgId: string, row: repo.InterventionRow): Promise<Decision> {
  const today = parisDate(ctx.now());
  const terms = await publishedTerms(ctx, orgId, row.terms_version);
  return evaluate(
    'intervention.cancellation',
    {
      interventionDate: row.date,
      cancelledOn: today,
      servicePriceCents: Number(row.service_price_cents) + Number(row.surcharge_cents),
      indemnityCents: Number(row.indemnity_cents),
    },
    { asOf: today, terms },
  );
}

function assertCancellable(row: repo.InterventionRow, kind: Kind) {
  if (row.status !== 'scheduled')
    throw new AppError('intervention.wrong_state', {
      detail: `The intervention is ${row.status}: it cannot be ${kind === 'cancel' ? 'cancelled' : 'postponed'}`,
    });
}

/** What cancelling or postponing would cost today (rule intervention.cancellation, art. 6.9): nothing is written. */
export async function previewCancellation(ctx: AppContext, actor: Actor, id: string, kind: Kind) {
  const row = await visibleIntervention(ctx, actor, id);
  assertCancellable(row, kind);
  const decision = await cancellationDecision(ctx, actor.orgId, row);
  return { decision, chargeCents: Number((decision as unknown as { chargeCents: number }).chargeCents) };
}

/**
 * Records a cancellation or postponement decided now (by the client in the portal, or by staff on
 * its behalf) with its decision; an indemnity or the full price becomes a draft invoice line
 * carrying the decision's citation. Inside the caller's transaction.
 */
export async function applyCancellation(
  trx: Db,
  dialect: Dialect,
  input: {
    orgId: string;
    row: repo.InterventionRow;
    kind: Kind;
    decision: Decision;
    actorId: string;
    at: string;
    today: string;
    vatRates: Awaited<ReturnType<typeof vatRateTable>>;
  },
) {
  const { row, decision } = input;
  // The status changes first, conditionally: of two concurrent cancellations one wins, the other is refused.
  if (
    !(await repo.claimStatus(
      trx,
      input.orgId,
      row.id,
      'scheduled',
      input.kind === 'cancel' ? 'cancelled' : 'to-reschedule',
      input.at,
    ))
  )
    throw new AppError('intervention.wrong_state', { detail: 'The intervention was cancelled or postponed meanwhile' });
  const chargeCents = Number((decision as unknown as { chargeCents: number }).chargeCents);
  const { recorded } = await recordDecision(trx, dialect, {
    orgId: input.orgId,
    decision,
    objectType: 'intervention',
    objectId: row.id,
    contractId: row.contract_id,
    effectKey: `intervention.cancellation:intervention:${row.id}:${input.kind}:${newId()}`,
    actor: input.actorId,
    at: input.at,
  });
  let chargeInvoiceId: string | null = null;
  if (recorded && chargeCents > 0) {
    const line = await repo.lineForCharge(trx, input.orgId, row.contract_line_id);
    const cite = `art. ${decision.citation.article}, CGV ${decision.citation.termsVersion}`;
    const what =
      decision.outcome === 'full'
        ? input.kind === 'cancel'
          ? 'Annulation le jour même'
          : 'Report le jour même'
        : input.kind === 'cancel'
          ? 'Indemnité d’annulation tardive'
          : 'Indemnité de report tardif';
    chargeInvoiceId = await insertDraftInvoice(trx, {
      orgId: input.orgId,
      clientId: row.client_id,
      contract: { id: row.contract_id, purchase_order_reference: null, terms_version: row.terms_version },
      origin: 'manual',
      billingKey: null,
      operationDate: input.today,
      purchaseOrderReference: null,
      notes: [decision.explanation.fr],
      lines: [
        {
          kind: 'service',
          nature: 'services',
          contractLineId: null,
          catalogueItemId: line.catalogue_item_id,
          sku: line.sku,
          label: `${what} — intervention du ${formatDateFr(row.date)} (${row.label}) — ${cite}`,
          quantity: 1,
          unitPriceCents: chargeCents,
          discountPercent: null,
          vatRatePercent: rateAtTaxPoint(input.vatRates, line.vat_rate, input.today),
        },
      ],
      actorId: input.actorId,
      at: input.at,
    });
  }
  await repo.releaseSlots(trx, input.orgId, row.id);
  await repo.updateIntervention(trx, input.orgId, row.id, {
    status: input.kind === 'cancel' ? 'cancelled' : 'to-reschedule',
    charge_cents: Number(row.charge_cents) + chargeCents,
    ...(chargeInvoiceId ? { charge_invoice_id: chargeInvoiceId } : {}),
    updated_at: input.at,
  });
  // A cancellation free of charge gives the maintenance tickets back.
  if (input.kind === 'cancel' && decision.outcome === 'free' && Number(row.tickets) > 0)
    await refundTickets(trx, {
      orgId: input.orgId,
      clientId: row.client_id,
      n: Number(row.tickets),
      interventionId: row.id,
      actorId: input.actorId,
      at: input.at,
    });
  return { chargeCents, chargeInvoiceId };
}

/** Cancel or postpone: the cost must be the one shown (acceptedChargeCents), else 409 with the decision. */
export async function cancelIntervention(ctx: AppContext, actor: Actor, id: string, input: CancelInput) {
  const row = await visibleIntervention(ctx, actor, id);
  assertCancellable(row, input.kind);
  const decision = await cancellationDecision(ctx, actor.orgId, row);
  const chargeCents = Number((decision as unknown as { chargeCents: number }).chargeCents);
  if (input.acceptedChargeCents !== chargeCents)
    throw new AppError('intervention.charge_not_accepted', {
      detail: decision.explanation.en,
      errors: [
        {
          path: 'acceptedChargeCents',
          message: `the cost today is ${chargeCents} cents`,
          fr: `le coût aujourd'hui est de ${chargeCents} centimes`,
        },
      ],
      extra: { decision, chargeCents },
    });
  const at = ctx.now().toISOString();
  const today = parisDate(ctx.now());
  const vatRates = await vatRateTable(ctx.db);
  const result = await ctx.db.transaction().execute(async (trx) => {
    // Re-read inside the transaction: a concurrent cancel of the same intervention loses.
    const fresh = await repo.findIntervention(trx, actor.orgId, id, null);
    if (!fresh || fresh.status !== 'scheduled') throw new AppError('intervention.wrong_state');
    return applyCancellation(trx, ctx.dialect, {
      orgId: actor.orgId,
      row: fresh,
      kind: input.kind,
      decision,
      actorId: actor.userId,
      at,
      today,
      vatRates,
    });
  });
  return { ...(await getIntervention(ctx, actor, id)), decision, ...result };
}
