import type { AppContext } from '../../context.ts';
import { addDays, daysBetween } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { latestDayBefore } from '../../kernel/periods.ts';
import type { Actor } from '../auth/index.ts';
import { suspensionsOfContracts, type SuspensionInterval } from '../contracts/index.ts';
import { clientScope, timelineOf } from '../shared/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { dateForConfirmationBy } from './force-majeure-dates.ts';
import * as repo from './interventions.repo.ts';
import type { InterventionOut, ListFilter, ReportOut } from './interventions.schemas.ts';

const CONFIRMATION_DAYS_DEFAULT = 15;

function toOut(
  r: repo.InterventionRow,
  technicians: { id: string; name: string }[],
  confirmationDays = CONFIRMATION_DAYS_DEFAULT,
  suspensions: readonly SuspensionInterval[] = [],
): InterventionOut {
  // The deadline rule intervention.confirmation applies (art. 6.9), pushed by force majeure (art. 16.1).
  const confirmBy = latestDayBefore(dateForConfirmationBy(suspensions, r), confirmationDays);
  return {
    id: r.id,
    contractId: r.contract_id,
    contractLineId: r.contract_line_id,
    clientId: r.client_id,
    clientName: r.client_name,
    serviceKind: r.service_kind,
    label: r.label,
    mode: r.mode,
    siteAddress: r.site_address,
    date: r.date,
    start: r.start_time,
    end: r.end_time,
    technicians,
    offHours: Number(r.off_hours) === 1,
    surchargePercent: r.surcharge_percent,
    surchargeCents: Number(r.surcharge_cents),
    servicePriceCents: Number(r.service_price_cents),
    indemnityCents: Number(r.indemnity_cents),
    tickets: Number(r.tickets),
    status: r.status,
    confirmation: r.confirmation,
    confirmBy,
    confirmByPushedDays: daysBetween(addDays(r.date, -confirmationDays), confirmBy),
    confirmedOn: r.confirmed_on,
    chargeCents: Number(r.charge_cents),
    chargeInvoiceId: r.charge_invoice_id,
    report: r.report_json ? (JSON.parse(r.report_json) as ReportOut) : null,
    completedAt: r.completed_at,
    signedByName: r.signed_by_name,
    signedAt: r.signed_at,
    receivedOn: r.received_on,
    invoiceId: r.invoice_id,
    termsVersion: r.terms_version,
  };
}

async function withTechnicians(ctx: AppContext, rows: repo.InterventionRow[]): Promise<InterventionOut[]> {
  // The confirmation deadline of each terms version (art. 6.9), read once per version (cached).
  const days = new Map<string, number>();
  for (const r of rows)
    if (!days.has(r.terms_version))
      days.set(
        r.terms_version,
        (await publishedTerms(ctx, r.org_id, r.terms_version)).parameters.interventionConfirmationDays,
      );
  // One query for the force-majeure events of all the contracts on screen, not one per row.
  const [techs, suspensions] = await Promise.all([
    repo.techniciansOf(
      ctx.db,
      rows.map((r) => r.id),
    ),
    suspensionsOfContracts(
      ctx,
      rows[0]?.org_id ?? '',
      rows.map((r) => r.contract_id),
    ),
  ]);
  const byIntervention = new Map<string, { id: string; name: string }[]>();
  for (const t of techs) {
    const list = byIntervention.get(t.intervention_id) ?? [];
    list.push({ id: t.id, name: t.name });
    byIntervention.set(t.intervention_id, list);
  }
  return rows.map((r) =>
    toOut(r, byIntervention.get(r.id) ?? [], days.get(r.terms_version), suspensions.get(r.contract_id)),
  );
}

/** An intervention the actor may see (a client user: its own company's), or 404. */
export async function visibleIntervention(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.findIntervention(ctx.db, actor.orgId, id, clientScope(actor));
  if (!row) throw new AppError('intervention.not_found');
  return row;
}

export async function interventionOut(ctx: AppContext, row: repo.InterventionRow): Promise<InterventionOut> {
  return (await withTechnicians(ctx, [row]))[0]!;
}

/** The intervention with its events and a timeline of decisions and events, oldest first. */
export async function getIntervention(ctx: AppContext, actor: Actor, id: string) {
  const row = await visibleIntervention(ctx, actor, id);
  const [intervention, events, decisions] = await Promise.all([
    interventionOut(ctx, row),
    repo.eventsOf(ctx.db, actor.orgId, id),
    timelineOf(ctx, actor.orgId, 'intervention', id),
  ]);
  const timeline = [
    ...events.map((e) => ({
      at: e.recorded_at,
      kind: e.kind,
      text: eventText(e),
      article: e.kind === 'client-delay' ? '6.9' : null,
      actorName: null,
    })),
    ...decisions.map((d) => ({
      at: d.at,
      kind: `${d.rule}:${d.outcome}`,
      text: d.explanation,
      article: d.article,
      actorName: d.actorName,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return {
    intervention,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      cause: e.cause,
      note: e.note,
      occurredOn: e.occurred_on,
      recordedBy: e.recorded_by,
      recordedAt: e.recorded_at,
    })),
    timeline,
  };
}

const CAUSES: Record<string, { fr: string; en: string }> = {
  prerequisites: { fr: 'prérequis manquants', en: 'missing prerequisites' },
  inputs: { fr: 'éléments non remis par le client', en: 'inputs not provided by the client' },
  'site-access': { fr: 'accès au site impossible', en: 'no access to the site' },
  other: { fr: 'autre cause imputable au client', en: 'other cause on the client side' },
};

export function causeText(cause: string | null) {
  return CAUSES[cause ?? 'other'] ?? CAUSES.other!;
}

function eventText(e: { kind: string; cause: string | null; note: string | null }) {
  const note = e.note ? ` — ${e.note}` : '';
  switch (e.kind) {
    case 'client-delay': {
      const c = causeText(e.cause);
      return { fr: `Retard imputable au client : ${c.fr}${note}`, en: `Delay caused by the client: ${c.en}${note}` };
    }
    case 'scheduled':
      return { fr: `Intervention planifiée${note}`, en: `Intervention scheduled${note}` };
    case 'moved':
      return { fr: `Intervention déplacée${note}`, en: `Intervention moved${note}` };
    case 'surcharge-accepted':
      return { fr: `Majoration hors heures ouvrables acceptée${note}`, en: `Off-hours surcharge accepted${note}` };
    case 'completed':
      return { fr: `Intervention terminée${note}`, en: `Intervention completed${note}` };
    case 'signed':
      return { fr: `Rapport signé${note}`, en: `Report signed${note}` };
    case 'received':
      return { fr: `Réception de la prestation${note}`, en: `Service received${note}` };
    default:
      return { fr: `${e.kind}${note}`, en: `${e.kind}${note}` };
  }
}

export async function listInterventions(ctx: AppContext, actor: Actor, f: ListFilter): Promise<InterventionOut[]> {
  const scope = clientScope(actor);
  if (scope !== null && f.clientId !== undefined && f.clientId !== scope) return [];
  const rows = await repo.listInterventions(ctx.db, actor.orgId, {
    clientId: scope ?? f.clientId ?? null,
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.technicianId ? { technicianId: f.technicianId } : {}),
    ...(f.contractId ? { contractId: f.contractId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.confirmation ? { confirmation: f.confirmation } : {}),
  });
  return withTechnicians(ctx, rows);
}
