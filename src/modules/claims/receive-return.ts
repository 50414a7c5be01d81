/** The returned unit arrived (art. 12). */
import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './claims.repo.ts';
import { reread, staffReturn, wrongState } from './return-requests.ts';

/** `POST /api/returns/:id/receipt`: the unit arrived (only an agreed return is received). */
export async function receiveReturn(ctx: AppContext, actor: Actor, id: string, receivedOn: string) {
  const r = await staffReturn(ctx, actor, id);
  if (r.status !== 'agreed') throw wrongState(r, 'received');
  if (receivedOn < r.requested_on || receivedOn > parisDate(ctx.now()))
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'receivedOn',
          message: `must lie between the request ${r.requested_on} and today`,
          fr: `doit être comprise entre la demande du ${r.requested_on} et aujourd'hui`,
        },
      ],
    });
  const at = ctx.now().toISOString();
  const moved = await ctx.db
    .transaction()
    .execute((trx) =>
      repo.advanceReturn(trx, r.id, 'agreed', { status: 'received', received_on: receivedOn, updated_at: at }),
    );
  if (!moved) throw wrongState(r, 'received');
  return reread(ctx, actor.orgId, r.id);
}
