/** Force-majeure events with rule force-majeure as of today (art. 16). */
import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './lifecycle.repo.ts';
import { eventOut } from './force-majeure.ts';

export async function listForceMajeure(ctx: AppContext, actor: Actor) {
  const today = parisDate(ctx.now());
  const rows = await repo.listEvents(ctx.db, actor.orgId);
  return Promise.all(rows.map((e) => eventOut(ctx, actor.orgId, e, today)));
}

export async function getForceMajeure(ctx: AppContext, actor: Actor, id: string) {
  const e = await repo.findEvent(ctx.db, actor.orgId, id);
  if (!e) throw new AppError('force_majeure.not_found');
  return eventOut(ctx, actor.orgId, e, parisDate(ctx.now()));
}
