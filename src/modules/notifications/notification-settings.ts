import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { setEmailOptIn } from '../users/index.ts';
import * as repo from './notifications.repo.ts';

/** Whether the actor also receives their notifications by e-mail. */
export async function getNotificationSettings(ctx: AppContext, actor: Actor) {
  const row = await repo.findSetting(ctx.db, actor.userId);
  return { emailOptIn: Number(row?.notify_by_email ?? 0) === 1 };
}

export async function setNotificationSettings(ctx: AppContext, actor: Actor, input: { emailOptIn: boolean }) {
  await setEmailOptIn(ctx.db, actor.userId, input.emailOptIn, ctx.now().toISOString());
  return { emailOptIn: input.emailOptIn };
}
