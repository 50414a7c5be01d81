import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './processor.repo.ts';

import { toBreachOut } from './breach-out.ts';

/** Records when ALLEO notified the CNIL of one of its own breaches (GDPR art. 33(1)). */
export async function recordCnilNotification(ctx: AppContext, actor: Actor, id: string, notifiedAt: string) {
  const breach = await repo.findBreach(ctx.db, actor.orgId, id);
  if (!breach) throw new AppError('privacy.not_found');
  if (breach.role !== 'controller' || breach.cnil_notified_at !== null) throw new AppError('privacy.wrong_state');
  const iso = new Date(notifiedAt).toISOString();
  if (iso < breach.discovered_at || iso > ctx.now().toISOString())
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'notifiedAt',
          message: 'must be between the discovery and now',
          fr: 'doit être comprise entre la découverte et maintenant',
        },
      ],
    });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateBreach(trx, actor.orgId, id, { cnil_notified_at: iso });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.breach-cnil',
      objectType: 'data-breach',
      objectId: id,
      actor: actor.userId,
      at,
      decision: { article: 'RGPD 33(1)', notifiedAt: iso },
    });
  });
  return toBreachOut({ ...breach, cnil_notified_at: iso }, ctx.now());
}
