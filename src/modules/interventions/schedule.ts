import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { visibleContract } from '../contracts/index.ts';
import { unitWarranty } from '../equipment/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { assertTechniciansWork, bookTechnicians, checkTechnicians } from './booking.ts';
import * as repo from './interventions.repo.ts';
import type { PreviewInput, ScheduleInput, SlotCheckOut } from './interventions.schemas.ts';
import { interventionOut } from './read-interventions.ts';
import { assertSlot, checkSlot, servicePriceOf } from './slot.ts';
import { consumeTickets } from './tickets.ts';

/** The service categories an intervention is scheduled from (art. 6.3–6.7). */
const SCHEDULABLE = new Set([
  'diagnostic',
  'installation',
  'training',
  'maintenance-ticket',
  'rental-maintenance',
  'other',
]);

/** The contract line an intervention comes from, checked: a service of an active contract of the org. */
async function loadServiceLine(ctx: AppContext, actor: Actor, contractLineId: string) {
  const line = await repo.serviceLine(ctx.db, actor.orgId, contractLineId);
  if (!line)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'contractLineId',
          message: 'no contract line of this organisation has this id',
          fr: 'aucune ligne de contrat de cette organisation ne porte cet identifiant',
        },
      ],
    });
  // A free-text service (art. 6.8, no catalogue category) is scheduled as an "other" service.
  const category = line.category ?? 'other';
  if (line.line_kind !== 'service' || !SCHEDULABLE.has(category))
    throw new AppError('intervention.not_a_service', {
      errors: [
        {
          path: 'contractLineId',
          message: `a ${line.line_kind} line is not a service`,
          fr: "la ligne n'est pas une prestation",
        },
      ],
    });
  // The contract's status is the contracts module's (issue #12 adds suspended, terminated, …).
  const contract = await visibleContract(ctx, actor, line.contract_id);
  const status = String(contract.status);
  if (status !== 'active')
    throw new AppError('contract.not_active', {
      detail: `The contract is ${status}: no intervention can be scheduled on it`,
      extra: { contractStatus: status },
    });
  return { ...line, category };
}

function siteAddressOf(line: repo.ServiceLine) {
  if (line.site_address_line)
    return `${line.site_address_line}, ${line.site_postal_code ?? ''} ${line.site_city ?? ''}`.trim();
  return `${line.address_line}, ${line.postal_code} ${line.city}`;
}

/** What a slot costs and why, before saving (art. 6.9): nothing is written. */
export async function previewSlot(ctx: AppContext, actor: Actor, input: PreviewInput): Promise<SlotCheckOut> {
  assertSlot(input);
  const line = await loadServiceLine(ctx, actor, input.contractLineId);
  await checkTechnicians(ctx.db, actor.orgId, input.technicianIds);
  const terms = await publishedTerms(ctx, actor.orgId, line.terms_version);
  await assertTechniciansWork(ctx, actor.orgId, input.technicianIds, input, terms);
  return checkSlot(terms, input, {
    servicePriceCents: servicePriceOf(line),
    surchargePercent: line.off_hours_surcharge_percent,
  });
}

/**
 * Schedules an intervention from a contract service line (art. 6.9): the client's correspondent
 * must be designated (art. 7); outside ALLEO working days and hours the surcharge must have been
 * accepted; the technicians must be free (one wins under concurrent bookings, the other gets 409);
 * per-ticket maintenance consumes the client's tickets (6.6, 11.2).
 */
export async function scheduleIntervention(ctx: AppContext, actor: Actor, input: ScheduleInput) {
  assertSlot(input);
  const line = await loadServiceLine(ctx, actor, input.contractLineId);
  if (!line.correspondent_contact_id)
    throw new AppError('intervention.correspondent_required', {
      extra: {
        citation: { article: '7', termsVersion: line.terms_version },
        clientId: line.client_id,
        setCorrespondentUrl: `/clients/${line.client_id}`,
      },
    });
  await checkTechnicians(ctx.db, actor.orgId, input.technicianIds);
  const terms = await publishedTerms(ctx, actor.orgId, line.terms_version);
  await assertTechniciansWork(ctx, actor.orgId, input.technicianIds, input, terms);
  const servicePriceCents = servicePriceOf(line);
  const slot = checkSlot(terms, input, { servicePriceCents, surchargePercent: line.off_hours_surcharge_percent });
  if (slot.offHours && input.acceptSurcharge !== true)
    throw new AppError('intervention.surcharge_not_accepted', {
      errors: [
        { path: 'acceptSurcharge', message: 'must be true to book this slot', fr: 'doit valoir true pour ce créneau' },
      ],
      extra: { slot },
    });
  // The unit concerned, by serial: another client's or an unknown serial is "not found". Under
  // the manufacturer's warranty (its delivery + the catalogue's warrantyMonths) on the day of the
  // intervention, maintenance costs no ticket (art. 11.2); outside it, tickets as before.
  const unit = input.serial ? await unitWarranty(ctx, actor.orgId, input.serial, line.client_id) : null;
  if (input.serial && !unit) throw new AppError('equipment.not_found');
  const underWarranty = unit?.warrantyEndsOn != null && input.date <= unit.warrantyEndsOn;
  const isTicket = line.category === 'maintenance-ticket';
  const tickets = isTicket && !underWarranty ? (input.tickets ?? 1) : 0;
  const id = newId();
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertIntervention(trx, {
      id,
      org_id: actor.orgId,
      contract_id: line.contract_id,
      contract_line_id: line.line_id,
      client_id: line.client_id,
      service_kind: line.category,
      label: line.label,
      mode: input.mode,
      site_address: input.mode === 'on-site' ? siteAddressOf(line) : null,
      date: input.date,
      start_time: input.start,
      end_time: input.end,
      off_hours: slot.offHours ? (1 as const) : (0 as const),
      surcharge_percent: slot.surchargePercent,
      surcharge_cents: slot.surchargeCents,
      service_price_cents: servicePriceCents,
      indemnity_cents: line.category === 'rental-maintenance' ? 0 : Number(line.late_cancellation_indemnity_cents ?? 0),
      tickets,
      terms_version: line.terms_version,
      status: 'scheduled',
      confirmation: 'pending',
      confirmed_on: null,
      confirmed_by: null,
      charge_cents: 0,
      charge_invoice_id: null,
      report_json: null,
      completed_at: null,
      signed_by_name: null,
      signed_at: null,
      received_on: null,
      invoice_id: null,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
    await bookTechnicians(trx, ctx.dialect, {
      orgId: actor.orgId,
      interventionId: id,
      technicianIds: input.technicianIds,
      slot: input,
      except: false,
    });
    if (tickets > 0)
      await consumeTickets(trx, {
        orgId: actor.orgId,
        clientId: line.client_id,
        n: tickets,
        interventionId: id,
        actorId: actor.userId,
        at,
      });
    await repo.insertEvent(trx, {
      id: newId(),
      org_id: actor.orgId,
      intervention_id: id,
      kind: 'scheduled',
      cause: null,
      note:
        `${input.date} ${input.start}–${input.end}` +
        (unit ? ` — ${unit.unit.serial}` : '') +
        (isTicket && underWarranty
          ? ` — sous garantie constructeur jusqu'au ${unit!.warrantyEndsOn}, sans ticket (art. 11.2)`
          : ''),
      occurred_on: input.date,
      recorded_by: actor.userId,
      recorded_at: at,
    });
    if (slot.offHours)
      await repo.insertEvent(trx, {
        id: newId(),
        org_id: actor.orgId,
        intervention_id: id,
        kind: 'surcharge-accepted',
        cause: null,
        note: `${slot.surchargePercent ?? '0'} % = ${slot.surchargeCents} cents (${slot.reasons.map((r) => r.en).join(', ')})`,
        occurred_on: input.date,
        recorded_by: actor.userId,
        recorded_at: at,
      });
  });
  const row = await repo.findIntervention(ctx.db, actor.orgId, id, null);
  return { intervention: await interventionOut(ctx, row!), slot };
}
