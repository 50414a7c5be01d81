import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { findClient } from '../clients/index.ts';
import * as repo from './processor.repo.ts';
import type { BreachInput } from './processor.schemas.ts';

import { toBreachOut } from './breach-out.ts';

/** Records a breach (GDPR art. 33(5): facts, effects, measures), with its evidence entry. */
export async function recordBreach(ctx: AppContext, actor: Actor, input: BreachInput) {
  const discoveredAt = new Date(input.discoveredAt).toISOString();
  if (discoveredAt > ctx.now().toISOString())
    throw new AppError('request.invalid', {
      errors: [{ path: 'discoveredAt', message: 'must not be in the future', fr: 'ne peut pas être dans le futur' }],
    });
  if (input.role === 'processor' && input.clientIds.length === 0)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'clientIds',
          message: 'a breach on clients’ data names the clients to notify',
          fr: 'une violation sur les données de clients indique les clients à prévenir',
        },
      ],
    });
  for (const [i, id] of input.clientIds.entries())
    if (!(await findClient(ctx, actor.orgId, id)))
      throw new AppError('request.invalid', {
        errors: [{ path: `clientIds.${i}`, message: 'no such client', fr: 'client introuvable' }],
      });
  const at = ctx.now().toISOString();
  const row: repo.BreachRow = {
    id: newId(),
    org_id: actor.orgId,
    role: input.role,
    discovered_at: discoveredAt,
    facts: input.facts,
    data_categories: input.dataCategories,
    subjects: input.subjects,
    consequences: input.consequences,
    measures: input.measures,
    client_ids_json: JSON.stringify(input.clientIds),
    clients_notified_at: null,
    cnil_notified_at: null,
    created_by: actor.userId,
    created_at: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertBreach(trx, row);
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.breach-recorded',
      objectType: 'data-breach',
      objectId: row.id,
      actor: actor.userId,
      at,
      decision: { article: 'RGPD 33(5)', role: row.role, discoveredAt, clients: input.clientIds.length },
    });
  });
  return toBreachOut(row, ctx.now());
}
