import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './interventions.repo.ts';
import type { TechnicianOut } from './interventions.schemas.ts';

function toOut(r: Awaited<ReturnType<typeof repo.listTechnicians>>[number]): TechnicianOut {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    active: Number(r.active) === 1,
    feedActive: r.feed_token_hash !== null,
  };
}

export async function listTechnicians(ctx: AppContext, actor: Actor): Promise<TechnicianOut[]> {
  return (await repo.listTechnicians(ctx.db, actor.orgId)).map(toOut);
}

/**
 * Adds a technician: a staff user with the technician role (of this organisation), or a named
 * resource (a subcontractor, a team) that has no account.
 */
export async function createTechnician(
  ctx: AppContext,
  actor: Actor,
  input: { userId?: string | undefined; name?: string | undefined },
): Promise<TechnicianOut> {
  let name = input.name;
  if (input.userId !== undefined) {
    const user = await repo.findUser(ctx.db, actor.orgId, input.userId);
    if (!user || user.role !== 'technician' || Number(user.disabled) === 1)
      throw new AppError('request.invalid', {
        errors: [
          {
            path: 'userId',
            message: 'no active user with the technician role in this organisation has this id',
            fr: 'aucun utilisateur actif ayant le rôle technicien dans cette organisation ne porte cet identifiant',
          },
        ],
      });
    if (await repo.technicianOfUser(ctx.db, actor.orgId, user.id)) throw new AppError('technician.already_exists');
    name = name ?? user.name;
  }
  const at = ctx.now().toISOString();
  const id = newId();
  await repo.insertTechnician(ctx.db, {
    id,
    org_id: actor.orgId,
    user_id: input.userId ?? null,
    name: name!,
    feed_token_hash: null,
    feed_created_at: null,
    created_at: at,
    updated_at: at,
  });
  return toOut((await repo.findTechnician(ctx.db, actor.orgId, id))!);
}
