/** The acknowledgement of receipt of a formal notice: rule termination.formal-notice gives terminableFrom (art. 15.2). */
import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import * as repo from './lifecycle.repo.ts';
import { toNoticeOut, noticeOf, noticeDecision } from './formal-notices.ts';

/** `POST …/formal-notices/:noticeId/receipt`: the AR date; the rule gives terminableFrom. */
export async function recordNoticeReceipt(
  ctx: AppContext,
  actor: Actor,
  contractId: string,
  noticeId: string,
  receivedOn: string,
) {
  const { contract, notice } = await noticeOf(ctx, actor, contractId, noticeId);
  if (notice.received_on !== null) throw new AppError('contract.notice_closed');
  if (receivedOn < notice.sent_on)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'receivedOn',
          message: `must not be before the sending date ${notice.sent_on}`,
          fr: `ne peut pas précéder la date d'envoi ${notice.sent_on}`,
        },
      ],
    });
  const today = parisDate(ctx.now());
  if (receivedOn > today)
    throw new AppError('request.invalid', {
      errors: [{ path: 'receivedOn', message: 'must not be in the future', fr: 'ne peut pas être dans le futur' }],
    });
  const decision = await noticeDecision(
    ctx,
    actor.orgId,
    contract.terms_version,
    { received_on: receivedOn, cured_on: null, curable: notice.curable },
    today,
  );
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateNotice(
      trx,
      notice.id,
      { received_on: receivedOn, terminable_from: decision.terminableFrom as string },
      at,
    );
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'contract',
      objectId: contract.id,
      contractId: contract.id,
      effectKey: `termination.formal-notice:${notice.id}:receipt`,
      actor: actor.userId,
      at,
    });
  });
  return { notice: toNoticeOut((await repo.findNotice(ctx.db, actor.orgId, contract.id, notice.id))!), decision };
}
