import { parisDate, type AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import type { RequestOut } from './privacy.schemas.ts';
import * as repo from './privacy.repo.ts';
import { loadRequest, toRequestOut } from './read-requests.ts';

/** The outcome of the identity check of a request received by e-mail or letter (GDPR art. 12(6)). */
export async function setIdentityStatus(
  ctx: AppContext,
  actor: Actor,
  id: string,
  status: 'verified' | 'failed',
): Promise<RequestOut> {
  const row = await loadRequest(ctx, actor, id);
  if (row.status !== 'open') throw new AppError('privacy.request_closed');
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateRequest(trx, actor.orgId, id, { identity_status: status, updated_at: at });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.identity-checked',
      objectType: 'data-subject-request',
      objectId: id,
      actor: actor.userId,
      at,
      decision: { article: 'RGPD 12(6)', status },
    });
  });
  return toRequestOut({ ...row, identity_status: status, updated_at: at }, parisDate(ctx.now()));
}
