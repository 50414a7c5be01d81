import { parisDate, type AppContext } from '../../context.ts';
import { addDays, addMonths } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { visibleContract } from '../contracts/index.ts';
import { clientScope, timelineOf } from '../shared/index.ts';
import * as repo from './equipment.repo.ts';
import type { RegisterQuery } from './equipment.schemas.ts';
import { toDeliveryOut, toUnitOut } from './mapper.ts';

/**
 * The equipment register with the owner of each unit derived from payments as of today (art.
 * 4.1.4 retention of title; 4.2.5 rented units are ALLEO's). A client user sees its own units.
 */
export async function listRegister(ctx: AppContext, actor: Actor, q: RegisterQuery) {
  const scope = clientScope(actor);
  if (scope !== null && q.clientId !== undefined && q.clientId !== scope) return [];
  const rows = await repo.register(ctx.db, actor.orgId, parisDate(ctx.now()), {
    clientId: scope ?? q.clientId ?? null,
    ...(q.contractId ? { contractId: q.contractId } : {}),
    ...(q.site ? { site: q.site } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.serial ? { serial: q.serial } : {}),
    ...(q.after ? { afterSerial: q.after } : {}),
    limit: q.limit,
  });
  const out = rows.map(toUnitOut);
  return q.owner ? out.filter((u) => u.owner === q.owner) : out;
}

/**
 * A unit by serial number, for a client (or any client when null): what interventions (issue
 * #11) use to name the equipment concerned. Null when the serial is not that client's.
 */
export async function unitBySerial(ctx: AppContext, orgId: string, serial: string, clientId: string | null) {
  const row = await repo.findUnitBySerial(ctx.db, orgId, serial, clientId);
  return row ? toUnitOut(row) : null;
}

/** One unit, with its owner, as the actor may see it (another client's is "not found"). */
export async function getUnit(ctx: AppContext, actor: Actor, id: string) {
  const unit = await repo.findUnit(ctx.db, actor.orgId, id, clientScope(actor));
  if (!unit) throw new AppError('equipment.not_found');
  const [row] = await repo.register(ctx.db, actor.orgId, parisDate(ctx.now()), {
    clientId: unit.client_id,
    serial: unit.serial,
    limit: 1,
  });
  return toUnitOut(row ?? unit);
}

/**
 * A contract's equipment side: deliveries, units, insurance, incidents, returns, provisioning and
 * the timeline of the decisions taken on it and on its deliveries (risk transfer, reservations,
 * incidents, late return).
 */
export async function getRental(ctx: AppContext, actor: Actor, contractId: string) {
  const contract = await visibleContract(ctx, actor, contractId);
  const [deliveries, units, certificates, incidents, returns, provisionings] = await Promise.all([
    repo.listDeliveries(ctx.db, actor.orgId, { clientId: null, contractId: contract.id, limit: 500 }),
    repo.register(ctx.db, actor.orgId, parisDate(ctx.now()), {
      clientId: contract.client_id,
      contractId: contract.id,
      limit: 10_000,
    }),
    repo.certificatesOfContract(ctx.db, actor.orgId, contract.id),
    repo.incidentsOfContract(ctx.db, actor.orgId, contract.id),
    repo.returnsOfContract(ctx.db, actor.orgId, contract.id),
    repo.provisioningsOfContract(ctx.db, actor.orgId, contract.id),
  ]);
  const timelines = await Promise.all([
    timelineOf(ctx, actor.orgId, 'contract', contract.id),
    ...deliveries.map((d) => timelineOf(ctx, actor.orgId, 'delivery', d.id)),
  ]);
  const timeline = timelines
    .flat()
    .filter((d) => d.rule.startsWith('rental.') || d.rule.startsWith('delivery.') || d.rule.startsWith('solution.'))
    .sort((a, b) => a.at.localeCompare(b.at));
  return {
    contractId: contract.id,
    deliveries: deliveries.map((d) => toDeliveryOut(d)),
    units: units.map(toUnitOut),
    certificates: certificates.map((c) => ({
      id: c.id,
      insurer: c.insurer,
      startsOn: c.starts_on,
      expiresOn: c.expires_on,
      documentSha256: c.document_sha256,
    })),
    incidents: incidents.map((i) => ({
      id: i.id,
      unitId: i.unit_id,
      serial: i.serial,
      eventAt: i.event_at,
      reportedAt: i.reported_at,
      description: i.description,
      outcome: i.outcome,
      misuse: Number(i.misuse) === 1,
      repairInvoiceId: i.repair_invoice_id,
    })),
    returns: returns.map((r) => ({
      id: r.id,
      returnedOn: r.returned_on,
      place: r.place,
      invoiceId: r.invoice_id,
      indemnityCents: Number(r.indemnity_cents),
    })),
    provisionings: provisionings.map((p) => ({
      id: p.id,
      contractLineId: p.contract_line_id,
      environment: p.environment,
      installation: p.installation,
      dataHosting: p.data_hosting,
    })),
    timeline,
  };
}

export async function deliveryNotePdf(ctx: AppContext, actor: Actor, deliveryId: string) {
  const d = await repo.findDelivery(ctx.db, actor.orgId, deliveryId, clientScope(actor));
  if (!d) throw new AppError('delivery.not_found');
  return d.note_sha256;
}

/**
 * A delivered unit by serial with its manufacturer's warranty (art. 11.2): the catalogue's
 * warrantyMonths counted from the unit's delivery (the last day covered is delivery + months − 1
 * day; null without warrantyMonths). Null when the serial is unknown or not that client's (callers
 * answer 404, never a leak); for warranty claims, RMA and maintenance interventions.
 */
export async function unitWarranty(ctx: AppContext, orgId: string, serial: string, clientId: string | null) {
  const row = await repo.unitWithWarranty(ctx.db, orgId, serial, clientId);
  if (!row) return null;
  const months = row.warranty_months === null ? null : Number(row.warranty_months);
  return {
    unit: toUnitOut(row),
    warrantyMonths: months,
    warrantyEndsOn: months === null ? null : addDays(addMonths(row.delivered_on, months), -1),
  };
}
