import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { lessorIdentity, toLessorOut } from './lessor-mapper.ts';
import * as repo from './lessors.repo.ts';
import type { CreateLessorInput, LessorOut, UpdateLessorInput } from './lessors.schemas.ts';

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

export async function createLessor(ctx: AppContext, actor: Actor, input: CreateLessorInput): Promise<LessorOut> {
  const now = ctx.now().toISOString();
  const id = newId();
  await repo.insertLessor(ctx.db, {
    id,
    org_id: actor.orgId,
    name: input.name,
    siren: input.siren ?? null,
    address_line: input.addressLine,
    postal_code: input.postalCode,
    city: input.city,
    country: input.country,
    email: input.email ?? null,
    active: 1,
    created_at: now,
    updated_at: now,
  });
  return getLessor(ctx, actor.orgId, id);
}

export async function updateLessor(ctx: AppContext, actor: Actor, id: string, input: UpdateLessorInput): Promise<LessorOut> {
  if (!(await repo.findLessor(ctx.db, actor.orgId, id))) throw new AppError('lessor.not_found');
  await repo.updateLessor(ctx.db, actor.orgId, id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.siren !== undefined ? { siren: input.siren } : {}),
    ...(input.addressLine !== undefined ? { address_line: input.addressLine } : {}),
    ...(input.postalCode !== undefined ? { postal_code: input.postalCode } : {}),
    ...(input.city !== undefined ? { city: input.city } : {}),
    ...(input.country !== undefined ? { country: input.country } : {}),
    ...(input.email !== undefined ? { email: input.email } : {}),
    ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
    updated_at: ctx.now().toISOString(),
  });
  return getLessor(ctx, actor.orgId, id);
}
