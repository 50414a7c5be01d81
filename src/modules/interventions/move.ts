import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { assertTechniciansWork, bookTechnicians, checkTechnicians } from './booking.ts';
import * as repo from './interventions.repo.ts';
import type { MoveInput } from './interventions.schemas.ts';
import { getIntervention, visibleIntervention } from './read-interventions.ts';
import { assertSlot, checkSlot } from './slot.ts';

/**
 * Moves an intervention to another slot (the planning board's drag and drop, or the new date of a
 * postponed one): the same rules as scheduling (working days and hours with the surcharge
 * accepted, technicians free); the new date needs the client's confirmation again (art. 6.9).
 * A move the client asks for within the late window is a postponement: its cost is decided by
 * POST /api/interventions/:id/cancel with kind "postpone" first.
 */
export async function moveIntervention(ctx: AppContext, actor: Actor, id: string, input: MoveInput) {
  assertSlot(input);
  const row = await visibleIntervention(ctx, actor, id);
  if (row.status !== 'scheduled' && row.status !== 'to-reschedule')
    throw new AppError('intervention.wrong_state', { detail: `The intervention is ${row.status}: it cannot be moved` });
  const current = (await repo.techniciansOf(ctx.db, [id])).map((t) => t.id);
  const technicianIds = input.technicianIds ?? current;
  if (technicianIds.length === 0)
    throw new AppError('request.invalid', {
      errors: [{ path: 'technicianIds', message: 'at least one technician is needed', fr: 'au moins un technicien' }],
    });
  await checkTechnicians(ctx.db, actor.orgId, technicianIds);
  const terms = await publishedTerms(ctx, actor.orgId, row.terms_version);
  await assertTechniciansWork(ctx, actor.orgId, technicianIds, input, terms);
  const line = await repo.serviceLine(ctx.db, actor.orgId, row.contract_line_id);
  const slot = checkSlot(terms, input, {
    servicePriceCents: Number(row.service_price_cents),
    surchargePercent: line?.off_hours_surcharge_percent ?? null,
  });
  if (slot.offHours && input.acceptSurcharge !== true)
    throw new AppError('intervention.surcharge_not_accepted', {
      errors: [
        { path: 'acceptSurcharge', message: 'must be true to book this slot', fr: 'doit valoir true pour ce créneau' },
      ],
      extra: { slot },
    });
  const at = ctx.now().toISOString();
  const sameDate = input.date === row.date;
  await ctx.db.transaction().execute(async (trx) => {
    await bookTechnicians(trx, ctx.dialect, {
      orgId: actor.orgId,
      interventionId: id,
      technicianIds,
      slot: input,
      except: true,
    });
    await repo.updateIntervention(trx, actor.orgId, id, {
      date: input.date,
      start_time: input.start,
      end_time: input.end,
      off_hours: slot.offHours ? (1 as const) : (0 as const),
      surcharge_percent: slot.surchargePercent,
      surcharge_cents: slot.surchargeCents,
      status: 'scheduled',
      // A new date is a new proposal: the client confirms it again (art. 6.9).
      ...(sameDate && row.status === 'scheduled'
        ? {}
        : { confirmation: 'pending' as const, confirmed_on: null, confirmed_by: null }),
      updated_at: at,
    });
    await repo.insertEvent(trx, {
      id: newId(),
      org_id: actor.orgId,
      intervention_id: id,
      kind: 'moved',
      cause: null,
      note: `${row.date} ${row.start_time}–${row.end_time} → ${input.date} ${input.start}–${input.end}`,
      occurred_on: input.date,
      recorded_by: actor.userId,
      recorded_at: at,
    });
  });
  return { ...(await getIntervention(ctx, actor, id)), slot };
}
