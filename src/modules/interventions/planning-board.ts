import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './interventions.repo.ts';
import type { BoardItemOut, BoardQuery } from './interventions.schemas.ts';

/**
 * The planning board (art. 6.9 screens): the interventions of a period that are not cancelled,
 * with their technicians, in two queries reading only what the board draws.
 */
export async function planningBoard(ctx: AppContext, actor: Actor, q: BoardQuery): Promise<BoardItemOut[]> {
  const rows = await repo.boardRows(ctx.db, actor.orgId, {
    from: q.from,
    to: q.to,
    ...(q.technicianId ? { technicianId: q.technicianId } : {}),
  });
  const techs = await repo.techniciansOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const byIntervention = new Map<string, { id: string; name: string }[]>();
  for (const t of techs) {
    const list = byIntervention.get(t.intervention_id);
    if (list) list.push({ id: t.id, name: t.name });
    else byIntervention.set(t.intervention_id, [{ id: t.id, name: t.name }]);
  }
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
