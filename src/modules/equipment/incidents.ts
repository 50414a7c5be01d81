import { parisDate, type AppContext } from '../../context.ts';
import { compareTimestamps } from '../../kernel/timestamps.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { suspensionsOf } from '../contracts/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { insertDraftInvoice } from '../invoices/index.ts';
import { clientScope } from '../shared/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { rateAtTaxPoint, vatRateTable } from '../vat-rates/index.ts';
import { incidentDecision } from './deadlines.ts';
import * as repo from './equipment.repo.ts';

/**
 * An incident or damage on a rented unit, reported by the client (portal) or staff: rule
 * rental.incident-report decides whether it came within the hours of the terms (art. 7); the
 * decision is recorded on the contract's timeline. Another client's unit is "not found".
 */
export async function reportIncident(
  ctx: AppContext,
  actor: Actor,
  input: { unitId: string; eventAt: string; description: string },
) {
  const unit = await repo.findUnit(ctx.db, actor.orgId, input.unitId, clientScope(actor));
  if (!unit) throw new AppError('equipment.not_found');
  if (unit.kind !== 'rental')
    throw new AppError('request.invalid', {
      errors: [{ path: 'unitId', message: 'not a rented unit (art. 7)', fr: "n'est pas un matériel loué (art. 7)" }],
    });
  const reportedAt = ctx.now().toISOString();
  if (compareTimestamps(input.eventAt, reportedAt) > 0)
    throw new AppError('request.invalid', {
      errors: [{ path: 'eventAt', message: 'must not be in the future', fr: 'ne peut pas être dans le futur' }],
    });
  const contract = await repo.contractTerms(ctx.db, actor.orgId, unit.contract_id);
  const terms = await publishedTerms(ctx, actor.orgId, contract.terms_version);
  // Art. 16.1: the reporting limit is pushed by the days of force majeure of the contract.
  const decision = incidentDecision({
    asOf: parisDate(ctx.now()),
    terms,
    eventAt: input.eventAt,
    reportedAt,
    suspensions: await suspensionsOf(ctx, actor.orgId, unit.contract_id),
  });
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertIncident(trx, {
      id,
      org_id: actor.orgId,
      unit_id: unit.id,
      contract_id: unit.contract_id,
      client_id: unit.client_id,
      event_at: input.eventAt,
      reported_at: reportedAt,
      description: input.description,
      outcome: decision.outcome as 'in-time' | 'late',
      misuse: 0,
      repair_invoice_id: null,
      reported_by: actor.userId,
      created_at: reportedAt,
    });
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision: Object.assign(decision, { serial: unit.serial }),
      objectType: 'contract',
      objectId: unit.contract_id,
      contractId: unit.contract_id,
      effectKey: `rental.incident-report:incident:${id}`,
      actor: actor.userId,
      at: reportedAt,
    });
  });
  return { id, outcome: decision.outcome, decision };
}

/** Repairs caused by misuse or lack of care are the client's (art. 4.2.4): a draft invoice of the repair. */
export async function invoiceMisuse(
  ctx: AppContext,
  actor: Actor,
  incidentId: string,
  input: { repairCents: number; label?: string | undefined },
) {
  const incident = await repo.findIncident(ctx.db, actor.orgId, incidentId);
  if (!incident) throw new AppError('incident.not_found');
  if (incident.repair_invoice_id) throw new AppError('incident.repair_invoiced');
  const unit = (await repo.findUnit(ctx.db, actor.orgId, incident.unit_id, null))!;
  const contract = await repo.contractTerms(ctx.db, actor.orgId, incident.contract_id);
  const line = (await repo.contractLines(ctx.db, contract.id)).find((l) => l.id === unit.contract_line_id)!;
  const rates = await vatRateTable(ctx.db);
  const today = parisDate(ctx.now());
  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const invoiceId = await insertDraftInvoice(trx, {
      orgId: actor.orgId,
      clientId: incident.client_id,
      contract: { id: contract.id, purchase_order_reference: null, terms_version: contract.terms_version },
      origin: 'manual',
      billingKey: `repair:${incident.id}`,
      operationDate: today,
      purchaseOrderReference: null,
      notes: ['Réparation consécutive à un défaut d’utilisation ou d’entretien du matériel loué (art. 4.2.4).'],
      lines: [
        {
          kind: 'service',
          nature: 'services',
          contractLineId: null,
          catalogueItemId: null,
          sku: null,
          label:
            input.label ??
            `Réparation du matériel ${unit.serial} (${unit.label}) — incident du ${incident.event_at.slice(0, 10)}`,
          quantity: 1,
          unitPriceCents: input.repairCents,
          discountPercent: null,
          vatRatePercent: rateAtTaxPoint(rates, line.vat_rate, today),
        },
      ],
      actorId: actor.userId,
      at,
    });
    await repo.setIncidentMisuse(trx, incident.id, invoiceId);
    return { invoiceId };
  });
}
