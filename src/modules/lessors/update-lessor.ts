import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './lessors.repo.ts';
import type { LessorOut, UpdateLessorInput } from './lessors.schemas.ts';
import { getLessor } from './read-lessors.ts';

export async function updateLessor(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateLessorInput,
): Promise<LessorOut> {
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
