/** The hiring of a client's employee; inside the non-solicitation period, the indemnity (art. 18). */
import { type AppContext } from '../../context.ts';
import { newId } from '../../kernel/ids.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import * as repo from './disputes.repo.ts';
import { clientOf, lastContractEnd, toHiringOut } from './obligations.ts';

/** `POST /api/clients/:id/solicitation-hirings`: a hiring inside the period computes the indemnity (art. 18). */
export async function recordHiring(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  input: { employeeName: string; hiredOn: string; monthlyGrossSalaryCents: number },
) {
  await clientOf(ctx, actor, clientId);
  const last = await lastContractEnd(ctx, actor.orgId, clientId);
  const terms = await termsInForce(ctx, actor.orgId, input.hiredOn);
  const decision = evaluate(
    'non-solicitation',
    {
      ...(last.endedOn ? { contractEndedOn: last.endedOn } : {}),
      monthlyGrossSalaryCents: input.monthlyGrossSalaryCents,
    },
    { asOf: input.hiredOn, terms },
  );
  // Without any contract there is no obligation to breach.
  const within = last.any && decision.outcome === 'in-force';
  const indemnityCents = within ? Number(decision.indemnityCents) : 0;
  const at = ctx.now().toISOString();
  const id = newId();
  const row = {
    id,
    org_id: actor.orgId,
    client_id: clientId,
    employee_name: input.employeeName,
    hired_on: input.hiredOn,
    monthly_gross_salary_cents: input.monthlyGrossSalaryCents,
    until: (decision.until as string | null) ?? null,
    within_period: within ? (1 as const) : (0 as const),
    indemnity_cents: indemnityCents,
    created_by: actor.userId,
    created_at: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertHiring(trx, row);
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'client',
      objectId: clientId,
      effectKey: `non-solicitation:hiring:${id}`,
      actor: actor.userId,
      at,
    });
  });
  return { hiring: toHiringOut(row), decision };
}
