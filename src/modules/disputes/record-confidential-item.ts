/** Confidential information registered with its protection end (art. 13). */
import { parisDate, type AppContext } from '../../context.ts';
import { newId } from '../../kernel/ids.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import * as repo from './disputes.repo.ts';
import { clientOf, checkContract, toConfidentialOut } from './obligations.ts';

/** `POST /api/clients/:id/confidential-items`: rule confidentiality.expiry gives the protection end. */
export async function recordConfidentialItem(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  input: {
    what: string;
    disclosedBy: 'client' | 'alleo';
    disclosedOn: string;
    exclusion?: 'a' | 'b' | 'c' | 'd' | undefined;
    contractId?: string | undefined;
  },
) {
  await clientOf(ctx, actor, clientId);
  await checkContract(ctx, actor, clientId, input.contractId);
  const today = parisDate(ctx.now());
  const terms = await termsInForce(ctx, actor.orgId, today);
  const decision = evaluate('confidentiality.expiry', { disclosedOn: input.disclosedOn }, { asOf: today, terms });
  const at = ctx.now().toISOString();
  const id = newId();
  const row = {
    id,
    org_id: actor.orgId,
    client_id: clientId,
    contract_id: input.contractId ?? null,
    what: input.what,
    disclosed_by: input.disclosedBy,
    disclosed_on: input.disclosedOn,
    exclusion: input.exclusion ?? null,
    protected_until: decision.protectedUntil as string,
    created_by: actor.userId,
    created_at: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertConfidentialItem(trx, row);
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'client',
      objectId: clientId,
      contractId: input.contractId ?? null,
      effectKey: `confidentiality.expiry:item:${id}`,
      actor: actor.userId,
      at,
    });
  });
  return { ...toConfidentialOut(row), decision };
}
