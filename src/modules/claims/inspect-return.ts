/** The inspection of a returned unit (art. 12). */
import { type AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './claims.repo.ts';
import { reread, staffReturn, wrongState } from './return-requests.ts';

/** `POST /api/returns/:id/inspection`: the state of the unit received. */
export async function inspectReturn(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { state: 'perfect' | 'damaged' | 'incomplete'; note?: string | undefined },
) {
  const r = await staffReturn(ctx, actor, id);
  if (r.status !== 'received') throw wrongState(r, 'inspected');
  const at = ctx.now().toISOString();
  const moved = await ctx.db.transaction().execute((trx) =>
    repo.advanceReturn(trx, r.id, 'received', {
      status: 'inspected',
      inspection_state: input.state,
      inspection_note: input.note ?? null,
      inspected_by: actor.userId,
      inspected_at: at,
      updated_at: at,
    }),
  );
  if (!moved) throw wrongState(r, 'inspected');
  return reread(ctx, actor.orgId, r.id);
}
