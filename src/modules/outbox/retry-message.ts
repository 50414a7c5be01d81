import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { findMessage, requeueMessage, wakeDelivery } from '../../mail/index.ts';
import type { Actor } from '../auth/index.ts';
import { toMessageOut } from './outbox-mapper.ts';

/** An operator sends a queued or failed message again now (its attempts start over). */
export async function retryMessage(ctx: AppContext, actor: Actor, id: string) {
  const row = await findMessage(ctx.db, id);
  if (!row || row.org_id !== actor.orgId) throw new AppError('outbox.message_not_found');
  if (!(await requeueMessage(ctx.db, actor.orgId, id)))
    throw new AppError('outbox.not_retryable', { detail: `The message is ${row.status}` });
  wakeDelivery();
  return toMessageOut((await findMessage(ctx.db, id))!);
}
