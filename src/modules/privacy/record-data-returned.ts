import { type AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { ANNEX } from './processor-articles.ts';
import * as repo from './processor.repo.ts';
import { checkDay, load, toOut } from './return-task.ts';

/** The client has its data back (step 1). */
export async function recordDataReturned(ctx: AppContext, actor: Actor, id: string, on: string) {
  const task = await load(ctx, actor, id);
  if (task.status !== 'open') throw new AppError('privacy.wrong_state');
  checkDay(ctx, on, task.created_at.slice(0, 10));
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await repo.updateReturnTask(trx, actor.orgId, id, 'open', {
      status: 'returned',
      returned_on: on,
      updated_at: at,
    });
    if (!moved.numUpdatedRows) throw new AppError('privacy.wrong_state');
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.data-returned',
      objectType: 'client',
      objectId: task.client_id,
      contractId: task.contract_id,
      actor: actor.userId,
      at,
      decision: { article: ANNEX.returnAndDestruction, taskId: id, returnedOn: on },
    });
  });
  return toOut({ ...task, status: 'returned', returned_on: on });
}
