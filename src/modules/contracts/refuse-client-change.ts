import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { clientChangeDecision } from './contract-decisions.ts';
import { visibleContract } from './read-contracts.ts';

/**
 * A request to cancel or modify a contract, by the client or by staff on its behalf, is refused
 * (art. 3.3); the refusal is recorded with its citation, then reported as a 409 carrying it.
 */
export async function refuseClientChange(
  ctx: AppContext,
  actor: Actor,
  contractId: string,
  request: 'cancel' | 'modify',
  input: { reason?: string },
): Promise<never> {
  const contract = await visibleContract(ctx, actor, contractId);
  const decision = clientChangeDecision({
    asOf: parisDate(ctx.now()),
    termsVersion: contract.terms_version,
    contractNumber: contract.number,
    request,
    onBehalfOfClient: actor.role !== 'client',
  });
  if (input.reason) Object.assign(decision, { reason: input.reason });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute((trx) =>
    recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'contract',
      objectId: contract.id,
      contractId: contract.id,
      effectKey: `contract.client-change:contract:${contract.id}:${newId()}`,
      actor: actor.userId,
      at,
    }),
  );
  throw new AppError('contract.firm_commitment', { detail: decision.explanation.en, extra: { decision } });
}
