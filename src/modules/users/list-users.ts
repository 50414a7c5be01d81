import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { toUserOut } from './user-mapper.ts';
import * as repo from './users.repo.ts';

/** Every user of the actor's organisation. */
export async function listUsers(ctx: AppContext, actor: Actor) {
  return (await repo.listUsers(ctx.db, actor.orgId)).map(toUserOut);
}
