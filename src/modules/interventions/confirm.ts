import { parisDate, type AppContext } from '../../context.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { dateForConfirmation } from './force-majeure-dates.ts';
import * as repo from './interventions.repo.ts';
import { getIntervention, visibleIntervention } from './read-interventions.ts';

/**
 * The client confirms the proposed date (in the portal), or staff record its confirmation (art.
 * 6.9): rule intervention.confirmation says whether the date is still guaranteed (confirmed at
 * least 15 days before). The decision is recorded with its citation.
 */
export async function confirmIntervention(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { confirmedOn?: string | undefined },
) {
  const row = await visibleIntervention(ctx, actor, id);
  if (row.status !== 'scheduled')
    throw new AppError('intervention.wrong_state', { detail: `The intervention is ${row.status}: nothing to confirm` });
  const today = parisDate(ctx.now());
  // A client confirms now; staff may record the day a confirmation was received.
  const confirmedOn = actor.role === 'client' ? today : (input.confirmedOn ?? today);
  if (confirmedOn > today)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'confirmedOn',
          message: `must not be after today (${today})`,
          fr: `ne peut pas dépasser la date du jour (${formatDateFr(today)})`,
        },
      ],
    });
  if (row.confirmed_on !== null) return { ...(await getIntervention(ctx, actor, id)), decision: null };
  const terms = await publishedTerms(ctx, actor.orgId, row.terms_version);
  const decision = evaluate(
    'intervention.confirmation',
    { interventionDate: await dateForConfirmation(ctx, actor.orgId, row), confirmedOn },
    { asOf: today, terms },
  );
  const outcome = decision.outcome as 'guaranteed' | 'not-guaranteed';
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateIntervention(trx, actor.orgId, id, {
      confirmation: outcome,
      confirmed_on: confirmedOn,
      confirmed_by: actor.userId,
      updated_at: at,
    });
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'intervention',
      objectId: id,
      contractId: row.contract_id,
      effectKey: `intervention.confirmation:intervention:${id}:${row.date}:confirmed`,
      actor: actor.userId,
      at,
    });
  });
  return { ...(await getIntervention(ctx, actor, id)), decision };
}
