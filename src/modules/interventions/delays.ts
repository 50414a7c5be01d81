import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './interventions.repo.ts';
import type { DelayInput } from './interventions.schemas.ts';
import { getIntervention, visibleIntervention } from './read-interventions.ts';

/**
 * Records a delay caused by the client (missing prerequisites, inputs or site access, art. 6.9
 * and 7): shown on the timeline and in the report; ALLEO's liability is not engaged by it.
 */
export async function recordClientDelay(ctx: AppContext, actor: Actor, id: string, input: DelayInput) {
  const row = await visibleIntervention(ctx, actor, id);
  if (row.status === 'cancelled') throw new AppError('intervention.wrong_state');
  const at = ctx.now().toISOString();
  await repo.insertEvent(ctx.db, {
    id: newId(),
    org_id: actor.orgId,
    intervention_id: id,
    kind: 'client-delay',
    cause: input.cause,
    note: input.note,
    occurred_on: input.occurredOn ?? parisDate(ctx.now()),
    recorded_by: actor.userId,
    recorded_at: at,
  });
  return getIntervention(ctx, actor, id);
}

/** A penalty against ALLEO for a schedule slip is refused: the schedule is indicative (art. 6.9). Nothing is written. */
export async function refusePenalty(ctx: AppContext, actor: Actor, id: string): Promise<never> {
  const row = await visibleIntervention(ctx, actor, id);
  throw new AppError('intervention.no_penalty', {
    extra: {
      citation: { article: '6.9', termsVersion: row.terms_version },
      explanation: {
        fr: "Le calendrier d'exécution des prestations est indicatif : aucune pénalité ne peut être imposée par le client à ALLEO (art. 6.9).",
        en: 'The schedule of the services is indicative: the client may impose no penalty on ALLEO (art. 6.9).',
      },
    },
  });
}
