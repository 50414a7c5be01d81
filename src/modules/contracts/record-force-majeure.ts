/** Records a force-majeure event (art. 16.2); its contracts are suspended while it lasts (16.1). */
import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import * as repo from './lifecycle.repo.ts';
import type { ForceMajeureBody } from './lifecycle.schemas.ts';
import { checkEnd, eventDecision, eventOut, syncContracts, type EventRow } from './force-majeure.ts';

/** `POST /api/force-majeure-events`. */
export async function recordForceMajeure(ctx: AppContext, actor: Actor, input: ForceMajeureBody) {
  checkEnd(input.startDate, input.endDate);
  const ids = [...new Set(input.contractIds)];
  const found = new Map((await repo.existingContractIds(ctx.db, actor.orgId, ids)).map((r) => [r.id, r.status]));
  const missing = input.contractIds.findIndex((id) => !found.has(id));
  if (missing >= 0)
    throw new AppError('request.invalid', {
      errors: [{ path: `contractIds.${missing}`, message: 'no such contract', fr: 'contrat introuvable' }],
    });
  const ended = input.contractIds.findIndex((id) => !['active', 'suspended'].includes(found.get(id)!));
  if (ended >= 0)
    throw new AppError('contract.illegal_transition', {
      detail: `Contract ${input.contractIds[ended]} is ${found.get(input.contractIds[ended]!)}: force majeure no longer concerns it`,
      extra: { currentStatus: found.get(input.contractIds[ended]!), requestedStatus: 'suspended' },
      errors: [{ path: `contractIds.${ended}`, message: `contract is ${found.get(input.contractIds[ended]!)}` }],
    });
  const today = parisDate(ctx.now());
  const terms = await termsInForce(ctx, actor.orgId, today);
  const at = ctx.now().toISOString();
  const id = newId();
  const event: EventRow = {
    id,
    org_id: actor.orgId,
    event_type: input.type,
    description: input.description,
    invoked_by: input.invokedBy,
    start_date: input.startDate,
    end_date: input.endDate ?? null,
    created_by: actor.userId,
    created_at: at,
    updated_at: at,
  };
  const decision = await eventDecision(ctx, actor.orgId, event, today);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertEvent(trx, event);
    await repo.linkContracts(trx, actor.orgId, id, ids);
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'force-majeure-event',
      objectId: id,
      effectKey: `force-majeure:${id}:recorded`,
      actor: actor.userId,
      at,
    });
    await syncContracts(
      trx,
      ctx.dialect,
      { orgId: actor.orgId, event, contractIds: ids, asOf: today, actor: actor.userId, at },
      terms.version,
    );
  });
  return eventOut(ctx, actor.orgId, event, today);
}
