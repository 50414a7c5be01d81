import type { AppContext } from '../../context.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './lessors.repo.ts';
import type { CreateLessorInput, LessorOut } from './lessors.schemas.ts';
import { getLessor } from './read-lessors.ts';

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
