import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './interventions.repo.ts';
import type { CompleteInput, ReportOut } from './interventions.schemas.ts';
import { getIntervention, visibleIntervention } from './read-interventions.ts';

/** The technician completes the intervention with its report (work, time, serials, attendees, diagnostic). */
export async function completeIntervention(ctx: AppContext, actor: Actor, id: string, input: CompleteInput) {
  const row = await visibleIntervention(ctx, actor, id);
  if (row.status !== 'scheduled')
    throw new AppError('intervention.wrong_state', {
      detail: `The intervention is ${row.status}: it cannot be completed`,
    });
  const report: ReportOut = {
    workDone: input.workDone,
    minutesSpent: input.minutesSpent,
    serials: input.serials,
    attendees: input.attendees,
    existingSetup: input.existingSetup ?? null,
    recommendations: input.recommendations,
  };
  if (row.service_kind === 'diagnostic' && !report.existingSetup)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'existingSetup',
          message: 'a diagnostic reports the existing setup (art. 6.3)',
          fr: "un diagnostic décrit l'existant (art. 6.3)",
        },
      ],
    });
  if (row.service_kind === 'training' && report.attendees.length === 0)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'attendees',
          message: 'a training records its attendees',
          fr: 'une formation indique ses participants',
        },
      ],
    });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.claimStatus(trx, actor.orgId, id, 'scheduled', 'completed', at)))
      throw new AppError('intervention.wrong_state', { detail: 'The intervention changed meanwhile' });
    await repo.updateIntervention(trx, actor.orgId, id, {
      status: 'completed',
      report_json: JSON.stringify(report),
      completed_at: at,
      updated_at: at,
    });
    await repo.insertEvent(trx, {
      id: newId(),
      org_id: actor.orgId,
      intervention_id: id,
      kind: 'completed',
      cause: null,
      note: `${input.minutesSpent} min`,
      occurred_on: row.date,
      recorded_by: actor.userId,
      recorded_at: at,
    });
  });
  return getIntervention(ctx, actor, id);
}

/** The client signs the report (in the portal, or on site on the technician's device). */
export async function signReport(ctx: AppContext, actor: Actor, id: string, input: { signatoryName: string }) {
  const row = await visibleIntervention(ctx, actor, id);
  if (row.status !== 'completed' && row.status !== 'received')
    throw new AppError('intervention.wrong_state', { detail: 'Only a completed intervention has a report to sign' });
  if (row.signed_at) return getIntervention(ctx, actor, id);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateIntervention(trx, actor.orgId, id, {
      signed_by_name: input.signatoryName,
      signed_at: at,
      updated_at: at,
    });
    await repo.insertEvent(trx, {
      id: newId(),
      org_id: actor.orgId,
      intervention_id: id,
      kind: 'signed',
      cause: null,
      note: `${input.signatoryName}${actor.role === 'client' ? ' (portail)' : ' (sur site)'}`,
      occurred_on: at.slice(0, 10),
      recorded_by: actor.userId,
      recorded_at: at,
    });
  });
  return getIntervention(ctx, actor, id);
}
