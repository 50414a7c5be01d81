/** A return agreed (transport paid by whom) or refused, a recorded decision (art. 12). */
import { parisDate, type AppContext } from '../../context.ts';
import { makeDecision } from '../../kernel/decision.ts';
import type { Actor } from '../auth/index.ts';
import { visibleContract } from '../contracts/index.ts';
import { recordDecision } from '../decisions/index.ts';
import * as repo from './claims.repo.ts';
import { reread, staffReturn, wrongState } from './return-requests.ts';

/** `POST /api/returns/:id/decision`: agreed (transport paid by) or refused — a recorded decision (art. 12). */
export async function decideReturn(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input:
    | { outcome: 'agreed'; transportPaidBy: 'client' | 'alleo'; note?: string | undefined }
    | { outcome: 'refused'; note: string },
) {
  const r = await staffReturn(ctx, actor, id);
  if (r.status !== 'requested') throw wrongState(r, input.outcome);
  const contract = await visibleContract(ctx, actor, r.contract_id);
  const today = parisDate(ctx.now());
  const transport = input.outcome === 'agreed' ? input.transportPaidBy : null;
  const decision = makeDecision(
    {
      rule: 'return.authorisation',
      asOf: today,
      outcome: input.outcome,
      citation: { article: '12', termsVersion: contract.terms_version },
      explanation:
        input.outcome === 'agreed'
          ? {
              fr: `Retour accepté par ALLEO ; transport à la charge ${transport === 'client' ? 'du client' : "d'ALLEO (accord particulier)"} (art. 12).`,
              en: `Return agreed by ALLEO; transport paid by ${transport === 'client' ? 'the client' : 'ALLEO (agreed otherwise)'} (art. 12).`,
            }
          : {
              fr: `Retour refusé : aucun retour sans l'accord d'ALLEO (art. 12). ${input.note}`,
              en: `Return refused: no return without ALLEO's agreement (art. 12). ${input.note}`,
            },
      parameters: {},
    },
    { transportPaidBy: transport },
  );
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await repo.advanceReturn(trx, r.id, 'requested', {
      status: input.outcome,
      transport_paid_by: transport,
      decision_note: input.note ?? null,
      decided_by: actor.userId,
      decided_at: at,
      updated_at: at,
    });
    if (!moved) throw wrongState(r, input.outcome);
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'return-request',
      objectId: r.id,
      contractId: r.contract_id,
      effectKey: `return.authorisation:${r.id}`,
      actor: actor.userId,
      at,
    });
  });
  return { return: await reread(ctx, actor.orgId, r.id), decision };
}
