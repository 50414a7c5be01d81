import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import { parisDate } from '../../context.ts';
import * as repo from './interventions.repo.ts';
import type { HoursBody, TechnicianOut, TechnicianPatchBody } from './interventions.schemas.ts';
import { assertHoursWithinAlleo, type DayHours } from './technician-hours.ts';

type TechnicianRow = Awaited<ReturnType<typeof repo.listTechnicians>>[number];

/** The set weekly hours of each technician; a technician whose hours are not set maps to null. */
export async function hoursByTechnician(
  ctx: AppContext,
  orgId: string,
  technicians: readonly { id: string; hours_set: number | string }[],
): Promise<Map<string, DayHours[] | null>> {
  const rows = await repo.hoursOf(
    ctx.db,
    orgId,
    technicians.map((t) => t.id),
  );
  const map = new Map<string, DayHours[] | null>();
  for (const t of technicians) map.set(t.id, Number(t.hours_set) === 1 ? [] : null);
  for (const r of rows)
    map.get(r.technician_id)?.push({ weekday: Number(r.weekday), start: r.start_time, end: r.end_time });
  return map;
}

function toOut(r: TechnicianRow, hours: DayHours[] | null): TechnicianOut {
  return {
    id: r.id,
    userId: r.user_id,
    kind: r.user_id === null ? 'resource' : 'user',
    name: r.name,
    active: Number(r.active) === 1,
    feedActive: r.feed_token_hash !== null,
    hours,
  };
}

export async function listTechnicians(ctx: AppContext, actor: Actor): Promise<TechnicianOut[]> {
  const rows = await repo.listTechnicians(ctx.db, actor.orgId);
  const hours = await hoursByTechnician(ctx, actor.orgId, rows);
  return rows.map((r) => toOut(r, hours.get(r.id) ?? null));
}

async function technicianOut(ctx: AppContext, orgId: string, id: string): Promise<TechnicianOut> {
  const row = await repo.findTechnician(ctx.db, orgId, id);
  if (!row) throw new AppError('technician.not_found');
  return toOut(row, (await hoursByTechnician(ctx, orgId, [row])).get(row.id) ?? null);
}

/** Renames a technician, or takes it off (inactive: no new booking) or back on the planning. */
export async function updateTechnician(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: TechnicianPatchBody,
): Promise<TechnicianOut> {
  if (!(await repo.findTechnician(ctx.db, actor.orgId, id))) throw new AppError('technician.not_found');
  await repo.updateTechnician(ctx.db, actor.orgId, id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.active !== undefined ? { active: input.active ? (1 as const) : (0 as const) } : {}),
    updated_at: ctx.now().toISOString(),
  });
  return technicianOut(ctx, actor.orgId, id);
}

/**
 * Sets a technician's weekly hours, each day inside ALLEO's working days and business hours of the
 * terms in force today (art. 6.9); null goes back to ALLEO's hours. Existing bookings are kept.
 */
export async function setTechnicianHours(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: HoursBody,
): Promise<TechnicianOut> {
  if (!(await repo.findTechnician(ctx.db, actor.orgId, id))) throw new AppError('technician.not_found');
  const terms = await termsInForce(ctx, actor.orgId, parisDate(ctx.now()));
  if (input.hours !== null)
    assertHoursWithinAlleo(input.hours, terms.parameters.alleoWorkingHours, terms.parameters.alleoWorkingWeekdays);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.replaceHours(trx, actor.orgId, id, input.hours ?? [], at);
    await repo.updateTechnician(trx, actor.orgId, id, { hours_set: input.hours === null ? 0 : 1, updated_at: at });
  });
  return technicianOut(ctx, actor.orgId, id);
}

/**
 * Adds a technician: a staff user with the technician role (of this organisation), or a named
 * resource (a subcontractor, a team) that has no account.
 */
export async function createTechnician(
  ctx: AppContext,
  actor: Actor,
  input: { userId?: string | undefined; name?: string | undefined },
): Promise<TechnicianOut> {
  let name = input.name;
  if (input.userId !== undefined) {
    const user = await repo.findUser(ctx.db, actor.orgId, input.userId);
    if (!user || user.role !== 'technician' || Number(user.disabled) === 1)
      throw new AppError('request.invalid', {
        errors: [
          {
            path: 'userId',
            message: 'no active user with the technician role in this organisation has this id',
            fr: 'aucun utilisateur actif ayant le rôle technicien dans cette organisation ne porte cet identifiant',
          },
        ],
      });
    if (await repo.technicianOfUser(ctx.db, actor.orgId, user.id)) throw new AppError('technician.already_exists');
    name = name ?? user.name;
  }
  const at = ctx.now().toISOString();
  const id = newId();
  await repo.insertTechnician(ctx.db, {
    id,
    org_id: actor.orgId,
    user_id: input.userId ?? null,
    name: name!,
    feed_token_hash: null,
    feed_created_at: null,
    created_at: at,
    updated_at: at,
  });
  return technicianOut(ctx, actor.orgId, id);
}

/** Staff users with the technician role not yet on the planning (the screen adds them as technicians). */
export async function technicianCandidates(ctx: AppContext, actor: Actor) {
  return repo.technicianCandidates(ctx.db, actor.orgId);
}
