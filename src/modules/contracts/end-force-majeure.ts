/** The end of a force-majeure event: the obligations resume (art. 16.1). */
import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import * as repo from './lifecycle.repo.ts';
import { syncContracts, eventDecision, eventOut, checkEnd } from './force-majeure.ts';

/** `POST /api/force-majeure-events/:id/end`. */
export async function endForceMajeure(ctx: AppContext, actor: Actor, eventId: string, endDate: string) {
  const event = await repo.findEvent(ctx.db, actor.orgId, eventId);
  if (!event) throw new AppError('force_majeure.not_found');
  if (event.end_date !== null) throw new AppError('force_majeure.already_ended');
  checkEnd(event.start_date, endDate);
  const today = parisDate(ctx.now());
  const terms = await termsInForce(ctx, actor.orgId, today);
  const at = ctx.now().toISOString();
  const ended = { ...event, end_date: endDate };
  const decision = await eventDecision(ctx, actor.orgId, ended, today);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.endEvent(trx, event.id, endDate, at);
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'force-majeure-event',
      objectId: event.id,
      effectKey: `force-majeure:${event.id}:end`,
      actor: actor.userId,
      at,
    });
    await syncContracts(
      trx,
      ctx.dialect,
      {
        orgId: actor.orgId,
        event: ended,
        contractIds: await repo.contractsOfEvent(trx, actor.orgId, event.id),
        asOf: today,
        actor: actor.userId,
        at,
      },
      terms.version,
    );
  });
  return eventOut(ctx, actor.orgId, ended, today);
}
