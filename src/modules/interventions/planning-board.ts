import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './interventions.repo.ts';
import type { BoardItemOut, BoardQuery } from './interventions.schemas.ts';

/**
 * The planning board (art. 6.9 screens): the interventions of a period that are not cancelled,
 * with their technicians, in three small queries reading only what the board draws.
 */
export async function planningBoard(ctx: AppContext, actor: Actor, q: BoardQuery): Promise<BoardItemOut[]> {
  const rows = await repo.boardRows(ctx.db, actor.orgId, {
    from: q.from,
    to: q.to,
    ...(q.technicianId ? { technicianId: q.technicianId } : {}),
  });
  // The period's bookings from a covering index and the technicians' names (a few dozen rows):
  // cheaper than joining the bookings of hundreds of intervention ids.
  const [bookings, technicians] = await Promise.all([
    repo.bookingsOfPeriod(ctx.db, actor.orgId, q.from, q.to),
    repo.listTechnicians(ctx.db, actor.orgId),
  ]);
  const names = new Map(technicians.map((t) => [t.id, t.name]));
  const byIntervention = new Map<string, { id: string; name: string }[]>();
  for (const b of bookings) {
    const t = { id: b.technician_id, name: names.get(b.technician_id) ?? b.technician_id };
    const list = byIntervention.get(b.intervention_id);
    if (list) list.push(t);
    else byIntervention.set(b.intervention_id, [t]);
  }
  for (const list of byIntervention.values()) if (list.length > 1) list.sort((a, b) => a.name.localeCompare(b.name));
  return rows.map((r) => ({
    id: r.id,
    contractLineId: r.contract_line_id,
    clientName: r.client_name,
    serviceKind: r.service_kind,
    label: r.label,
    mode: r.mode,
    date: r.date,
    start: r.start_time,
    end: r.end_time,
    offHours: Number(r.off_hours) === 1,
    status: r.status,
    confirmation: r.confirmation,
    technicians: byIntervention.get(r.id) ?? [],
  }));
}
