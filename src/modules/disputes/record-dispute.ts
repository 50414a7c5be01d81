/** A dispute and its amicable period before the Tribunal de commerce de Mâcon (art. 21). */
import { parisDate, type AppContext } from '../../context.ts';
import { newId } from '../../kernel/ids.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import * as repo from './disputes.repo.ts';
import { clientOf, checkContract } from './obligations.ts';

/** `POST /api/clients/:id/disputes`: rule dispute.amicable-period gives the date the court may be seized. */
export async function recordDispute(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  input: { subject: string; notifiedOn: string; contractId?: string | undefined },
) {
  await clientOf(ctx, actor, clientId);
  await checkContract(ctx, actor, clientId, input.contractId);
  const today = parisDate(ctx.now());
  const terms = await termsInForce(ctx, actor.orgId, today);
  const decision = evaluate('dispute.amicable-period', { notifiedOn: input.notifiedOn }, { asOf: today, terms });
  const at = ctx.now().toISOString();
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertDispute(trx, {
      id,
      org_id: actor.orgId,
      client_id: clientId,
      contract_id: input.contractId ?? null,
      subject: input.subject,
      notified_on: input.notifiedOn,
      court_from: decision.courtFrom as string,
      created_by: actor.userId,
      created_at: at,
    });
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'client',
      objectId: clientId,
      contractId: input.contractId ?? null,
      effectKey: `dispute.amicable-period:dispute:${id}`,
      actor: actor.userId,
      at,
    });
  });
  return {
    id,
    contractId: input.contractId ?? null,
    subject: input.subject,
    notifiedOn: input.notifiedOn,
    courtFrom: decision.courtFrom as string,
    decision,
  };
}
