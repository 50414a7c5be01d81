/** A breach remedied after a formal notice: in time it closes the notice (art. 15.2). */
import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import * as repo from './lifecycle.repo.ts';
import { toNoticeOut, noticeOf, noticeDecision } from './formal-notices.ts';

/** `POST …/formal-notices/:noticeId/cure`: the breach was remedied on a day (in time or late). */
export async function recordNoticeCure(
  ctx: AppContext,
  actor: Actor,
  contractId: string,
  noticeId: string,
  curedOn: string,
) {
  const { contract, notice } = await noticeOf(ctx, actor, contractId, noticeId);
  if (notice.received_on === null) throw new AppError('contract.notice_without_receipt');
  if (notice.cured_on !== null) throw new AppError('contract.notice_closed');
  const today = parisDate(ctx.now());
  if (curedOn < notice.received_on || curedOn > today)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'curedOn',
          message: `must lie between the receipt ${notice.received_on} and today`,
          fr: `doit être comprise entre la réception du ${notice.received_on} et aujourd'hui`,
        },
      ],
    });
  const decision = await noticeDecision(
    ctx,
    actor.orgId,
    contract.terms_version,
    { received_on: notice.received_on, cured_on: curedOn, curable: notice.curable },
    today,
  );
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateNotice(trx, notice.id, { cured_on: curedOn }, at);
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'contract',
      objectId: contract.id,
      contractId: contract.id,
      effectKey: `termination.formal-notice:${notice.id}:cure`,
      actor: actor.userId,
      at,
    });
  });
  return { notice: toNoticeOut((await repo.findNotice(ctx.db, actor.orgId, contract.id, notice.id))!), decision };
}
