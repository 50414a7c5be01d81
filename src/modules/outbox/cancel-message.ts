import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { cancelMessage as cancelRow, findMessage } from '../../mail/index.ts';
import type { Actor } from '../auth/index.ts';
import { toMessageOut } from './outbox-mapper.ts';

/** An operator cancels a queued or failed message: it will not be sent; the evidence log says who and when. */
export async function cancelMessage(ctx: AppContext, actor: Actor, id: string) {
  const row = await findMessage(ctx.db, id);
  if (!row || row.org_id !== actor.orgId) throw new AppError('outbox.message_not_found');
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await cancelRow(trx, actor.orgId, id, at)))
      throw new AppError('outbox.not_retryable', { detail: `The message is ${row.status}` });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'mail.cancelled',
      objectType: row.related_type ?? 'outbox-message',
      objectId: row.related_id ?? row.id,
      contractId: row.contract_id,
      actor: actor.userId,
      at,
      decision: {
        outboxMessageId: row.id,
        subject: row.subject,
        attempts: Number(row.attempts),
        lastError: row.last_error,
      },
    });
  });
  return toMessageOut((await findMessage(ctx.db, id))!);
}
