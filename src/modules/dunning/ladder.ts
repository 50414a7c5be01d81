/**
 * The dunning ladder of an organisation (relances): which document goes out how many days after
 * the due date. Default: day 1 a reminder email, day 15 a second reminder email, day 30 a formal
 * notice by registered letter (art. 15.2: it opens the 30-day cure period before termination).
 */
import type { AppContext } from '../../context.ts';
import { AppError, type FieldError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './dunning.repo.ts';
import type { LadderStep } from './dunning.schemas.ts';

export const DEFAULT_LADDER: readonly LadderStep[] = [
  { position: 1, daysAfterDue: 1, channel: 'email', label: 'Première relance par e-mail' },
  { position: 2, daysAfterDue: 15, channel: 'email', label: 'Deuxième relance par e-mail' },
  {
    position: 3,
    daysAfterDue: 30,
    channel: 'formal-notice',
    label: 'Mise en demeure par lettre recommandée avec accusé de réception',
  },
];

const toStep = (r: repo.DunningStepRow): LadderStep => ({
  position: Number(r.position),
  daysAfterDue: Number(r.days_after_due),
  channel: r.channel,
  label: r.label,
});

/** The organisation's ladder, the default one inserted first when it has none. */
export async function ensureLadder(ctx: AppContext, orgId: string): Promise<LadderStep[]> {
  let rows = await repo.stepsOf(ctx.db, orgId);
  if (rows.length === 0) {
    await repo.insertStepsIfNone(
      ctx.db,
      DEFAULT_LADDER.map((s) => ({
        org_id: orgId,
        position: s.position,
        days_after_due: s.daysAfterDue,
        channel: s.channel,
        label: s.label,
      })),
    );
    rows = await repo.stepsOf(ctx.db, orgId);
  }
  return rows.map(toStep);
}

/** Positions 1..n in order, days after due strictly increasing: each problem names its field. */
export function checkLadder(steps: readonly LadderStep[]): FieldError[] {
  const errors: FieldError[] = [];
  steps.forEach((s, i) => {
    if (s.position !== i + 1)
      errors.push({
        path: `steps.${i}.position`,
        message: `expected ${i + 1}: positions run 1..n in order`,
        fr: `${i + 1} attendu : les rangs se suivent de 1 à n`,
      });
    const prev = steps[i - 1];
    if (prev && s.daysAfterDue <= prev.daysAfterDue)
      errors.push({
        path: `steps.${i}.daysAfterDue`,
        message: `must be more than the previous step's ${prev.daysAfterDue} days`,
        fr: `doit dépasser les ${prev.daysAfterDue} jours de l'étape de relance précédente`,
      });
  });
  return errors;
}

/** `PUT /api/dunning/steps`: replaces the ladder. */
export async function replaceLadder(
  ctx: AppContext,
  actor: Actor,
  steps: readonly LadderStep[],
): Promise<LadderStep[]> {
  const errors = checkLadder(steps);
  if (errors.length > 0) throw new AppError('request.invalid', { errors });
  await ctx.db.transaction().execute((trx) =>
    repo.replaceSteps(
      trx,
      actor.orgId,
      steps.map((s) => ({
        org_id: actor.orgId,
        position: s.position,
        days_after_due: s.daysAfterDue,
        channel: s.channel,
        label: s.label,
      })),
    ),
  );
  return (await repo.stepsOf(ctx.db, actor.orgId)).map(toStep);
}
