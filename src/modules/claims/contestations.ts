/**
 * The claims register (art. 11.3): a client's contestation of performance, with the date of the
 * alleged failure, when it reached ALLEO and its form. Rule claim.contestation says in time (a
 * registered letter within one year), out of time or of invalid form; rule liability.cap gives
 * the cap — what the client paid under the contract, from the payments — shown on the claim;
 * indirect damages are marked excluded.
 */
import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { visibleContract } from '../contracts/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { clientScope } from '../shared/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import * as repo from './claims.repo.ts';
import type { ContestationBody } from './claims.schemas.ts';

type Row = Awaited<ReturnType<typeof repo.listContestations>>[number];

export function toContestationOut(c: Row) {
  return {
    id: c.id,
    clientId: c.client_id,
    contractId: c.contract_id,
    description: c.description,
    failureDate: c.failure_date,
    receivedOn: c.received_on,
    form: c.form,
    outcome: c.outcome,
    deadline: c.deadline,
    paidUnderContractCents: Number(c.paid_under_contract_cents),
    wilfulMisconduct: Number(c.wilful_misconduct) === 1,
    capCents: c.cap_cents === null ? null : Number(c.cap_cents),
    claimedCents: c.claimed_cents === null ? null : Number(c.claimed_cents),
    indirectDamagesCents: c.indirect_damages_cents === null ? null : Number(c.indirect_damages_cents),
    indirectDamagesExcluded: true,
    createdAt: c.created_at,
  };
}

/** `POST /api/contestations`. */
export async function recordContestation(ctx: AppContext, actor: Actor, input: ContestationBody) {
  const contract = await visibleContract(ctx, actor, input.contractId);
  const today = parisDate(ctx.now());
  if (input.failureDate > input.receivedOn)
    throw new AppError('request.invalid', {
      errors: [{ path: 'failureDate', message: 'must not be after receivedOn', fr: 'ne peut pas suivre receivedOn' }],
    });
  if (input.receivedOn > today)
    throw new AppError('request.invalid', {
      errors: [{ path: 'receivedOn', message: 'must not be in the future', fr: 'ne peut pas être dans le futur' }],
    });
  const terms = await publishedTerms(ctx, actor.orgId, contract.terms_version);
  const paid = await repo.paidUnderContract(ctx.db, actor.orgId, contract.id);
  const contestation = evaluate(
    'claim.contestation',
    {
      failureDate: input.failureDate,
      contestedOn: input.receivedOn,
      byRegisteredLetter: input.form === 'registered-letter',
    },
    { asOf: today, terms },
  );
  const liabilityCap = evaluate(
    'liability.cap',
    { paidUnderContractCents: paid, wilfulMisconduct: input.wilfulMisconduct },
    { asOf: today, terms },
  );
  const at = ctx.now().toISOString();
  const id = newId();
  const row = {
    id,
    org_id: actor.orgId,
    client_id: contract.client_id,
    contract_id: contract.id,
    description: input.description,
    failure_date: input.failureDate,
    received_on: input.receivedOn,
    form: input.form,
    outcome: contestation.outcome as 'in-time' | 'out-of-time' | 'invalid-form',
    deadline: contestation.deadline as string,
    paid_under_contract_cents: paid,
    wilful_misconduct: input.wilfulMisconduct ? (1 as const) : (0 as const),
    cap_cents: (liabilityCap.capCents as number | null) ?? null,
    claimed_cents: input.claimedCents ?? null,
    indirect_damages_cents: input.indirectDamagesCents ?? null,
    created_by: actor.userId,
    created_at: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertContestation(trx, row);
    for (const d of [contestation, liabilityCap])
      await recordDecision(trx, ctx.dialect, {
        orgId: actor.orgId,
        decision: d,
        objectType: 'contestation',
        objectId: id,
        contractId: contract.id,
        effectKey: `${d.rule}:contestation:${id}`,
        actor: actor.userId,
        at,
      });
  });
  return { contestation: toContestationOut(row), decisions: { contestation, liabilityCap } };
}

export async function listContestations(ctx: AppContext, actor: Actor, contractId?: string) {
  const rows = await repo.listContestations(ctx.db, actor.orgId, {
    clientId: clientScope(actor),
    ...(contractId ? { contractId } : {}),
  });
  return rows.map(toContestationOut);
}
