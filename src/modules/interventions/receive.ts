import { parisDate, type AppContext } from '../../context.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { draftForContractEvent, insertDraftInvoice } from '../invoices/index.ts';
import { rateAtTaxPoint, vatRateTable } from '../vat-rates/index.ts';
import * as repo from './interventions.repo.ts';
import { getIntervention, visibleIntervention } from './read-interventions.ts';

/**
 * Reception (art. 6.9): the client takes possession of the results, on a recorded date. When the
 * contract bills services on completion, the service line becomes a draft invoice; an off-hours
 * surcharge is invoiced as its own line citing art. 6.9. Rental maintenance is never billed (6.7).
 */
export async function receiveIntervention(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { receivedOn?: string | undefined },
) {
  const row = await visibleIntervention(ctx, actor, id);
  if (row.status !== 'completed')
    throw new AppError('intervention.wrong_state', {
      detail: `The intervention is ${row.status}: only a completed one is received`,
    });
  const today = parisDate(ctx.now());
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today || receivedOn < row.date)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'receivedOn',
          message: `must lie between the intervention (${row.date}) and today (${today})`,
          fr: `doit être comprise entre l'intervention (${formatDateFr(row.date)}) et aujourd'hui (${formatDateFr(today)})`,
        },
      ],
    });
  const line = await repo.serviceLine(ctx.db, actor.orgId, row.contract_line_id);
  const billed = row.service_kind !== 'rental-maintenance' && row.service_kind !== 'maintenance-ticket';
  const at = ctx.now().toISOString();
  const rates = await vatRateTable(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    // Received once: a second reception racing this one is refused, so the service is invoiced once.
    if (!(await repo.claimStatus(trx, actor.orgId, id, 'completed', 'received', at)))
      throw new AppError('intervention.wrong_state', { detail: 'The intervention was received meanwhile' });
    let invoiceId: string | null = null;
    if (billed && line?.services_billing === 'completion')
      invoiceId = await draftForContractEvent(trx, {
        orgId: actor.orgId,
        contractId: row.contract_id,
        event: 'completion',
        operationDate: receivedOn,
        contractLineIds: [row.contract_line_id],
        actorId: actor.userId,
        at,
        vatRates: rates,
      });
    const surcharge = Number(row.surcharge_cents);
    if (row.service_kind !== 'rental-maintenance' && surcharge > 0) {
      const l = await repo.lineForCharge(trx, actor.orgId, row.contract_line_id);
      const surchargeInvoice = await insertDraftInvoice(trx, {
        orgId: actor.orgId,
        clientId: row.client_id,
        contract: { id: row.contract_id, purchase_order_reference: null, terms_version: row.terms_version },
        origin: 'completion',
        billingKey: null,
        operationDate: receivedOn,
        purchaseOrderReference: null,
        notes: [`Majoration hors jours et heures ouvrables ALLEO (art. 6.9, CGV ${row.terms_version})`],
        lines: [
          {
            kind: 'service',
            nature: 'services',
            contractLineId: null,
            catalogueItemId: l.catalogue_item_id,
            sku: l.sku,
            label: `Majoration hors heures ouvrables (${row.surcharge_percent} %) — intervention du ${formatDateFr(row.date)} — art. 6.9, CGV ${row.terms_version}`,
            quantity: 1,
            unitPriceCents: surcharge,
            discountPercent: null,
            vatRatePercent: rateAtTaxPoint(rates, l.vat_rate, receivedOn),
          },
        ],
        actorId: actor.userId,
        at,
      });
      invoiceId = invoiceId ?? surchargeInvoice;
    }
    await repo.updateIntervention(trx, actor.orgId, id, {
      status: 'received',
      received_on: receivedOn,
      invoice_id: invoiceId,
      updated_at: at,
    });
    await repo.insertEvent(trx, {
      id: newId(),
      org_id: actor.orgId,
      intervention_id: id,
      kind: 'received',
      cause: null,
      note: receivedOn,
      occurred_on: receivedOn,
      recorded_by: actor.userId,
      recorded_at: at,
    });
  });
  return getIntervention(ctx, actor, id);
}
