/** The read model of lessors: the list, one lessor, and the identity documents print. */
import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { lessorIdentity, toLessorOut } from './lessor-mapper.ts';
import * as repo from './lessors.repo.ts';
import type { LessorOut } from './lessors.schemas.ts';

export async function listLessors(ctx: AppContext, actor: Actor): Promise<LessorOut[]> {
  return (await repo.listLessors(ctx.db, actor.orgId)).map(toLessorOut);
}

export async function getLessor(ctx: AppContext, orgId: string, id: string): Promise<LessorOut> {
  const row = await repo.findLessor(ctx.db, orgId, id);
  if (!row) throw new AppError('lessor.not_found');
  return toLessorOut(row);
}

/** The lessor's printed identity (acknowledgement, letters), or undefined when unknown. */
export async function findLessorIdentity(ctx: AppContext, orgId: string, id: string) {
  const row = await repo.findLessor(ctx.db, orgId, id);
  return row ? { id: row.id, name: row.name, active: row.active === 1, identity: lessorIdentity(row) } : undefined;
}
