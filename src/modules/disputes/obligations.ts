/**
 * What binds ALLEO and a client beyond the contracts, on the client record: disputes and their
 * amicable period (art. 21), non-solicitation until 12 months after the last contract ends with
 * the indemnity of a hiring inside it (art. 18), confidential information and its protection end
 * (art. 13). Each record applies its rule and records the decision.
 */
import { parisDate, type AppContext } from '../../context.ts';
import { maxDate } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import * as repo from './disputes.repo.ts';

async function clientOf(ctx: AppContext, actor: Actor, clientId: string) {
  const c = await repo.clientExists(ctx.db, actor.orgId, clientId);
  if (!c) throw new AppError('client.not_found');
  return c;
}

async function checkContract(ctx: AppContext, actor: Actor, clientId: string, contractId: string | undefined) {
  if (contractId && !(await repo.contractOfClient(ctx.db, actor.orgId, clientId, contractId)))
    throw new AppError('request.invalid', {
      errors: [
        { path: 'contractId', message: 'not a contract of this client', fr: "n'est pas un contrat de ce client" },
      ],
    });
}

/** The end of the client's last contract, or undefined while one runs (or none exists). */
async function lastContractEnd(ctx: AppContext, orgId: string, clientId: string) {
  const contracts = await repo.contractEndsOf(ctx.db, orgId, clientId);
  if (contracts.length === 0) return { any: false, endedOn: undefined };
  if (contracts.some((c) => c.ended_on === null)) return { any: true, endedOn: undefined };
  return { any: true, endedOn: contracts.map((c) => c.ended_on!).reduce(maxDate) };
}

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

function toHiringOut(h: Awaited<ReturnType<typeof repo.hiringsOf>>[number]) {
  return {
    id: h.id,
    employeeName: h.employee_name,
    hiredOn: h.hired_on,
    monthlyGrossSalaryCents: Number(h.monthly_gross_salary_cents),
    until: h.until,
    withinPeriod: Number(h.within_period) === 1,
    indemnityCents: Number(h.indemnity_cents),
  };
}

function toConfidentialOut(c: Awaited<ReturnType<typeof repo.confidentialItemsOf>>[number]) {
  return {
    id: c.id,
    contractId: c.contract_id,
    what: c.what,
    disclosedBy: c.disclosed_by,
    disclosedOn: c.disclosed_on,
    exclusion: c.exclusion,
    protectedUntil: c.protected_until,
  };
}

/** `GET /api/clients/:id/obligations`: each rule as of today. */
export async function clientObligations(ctx: AppContext, actor: Actor, clientId: string) {
  await clientOf(ctx, actor, clientId);
  const today = parisDate(ctx.now());
  const terms = await termsInForce(ctx, actor.orgId, today);
  const [disputes, hirings, items, last] = await Promise.all([
    repo.disputesOf(ctx.db, actor.orgId, clientId),
    repo.hiringsOf(ctx.db, actor.orgId, clientId),
    repo.confidentialItemsOf(ctx.db, actor.orgId, { clientId }),
    lastContractEnd(ctx, actor.orgId, clientId),
  ]);
  return {
    clientId,
    disputes: disputes.map((d) => ({
      id: d.id,
      contractId: d.contract_id,
      subject: d.subject,
      notifiedOn: d.notified_on,
      courtFrom: d.court_from,
      decision: evaluate('dispute.amicable-period', { notifiedOn: d.notified_on }, { asOf: today, terms }),
    })),
    nonSolicitation: {
      contractEndedOn: last.endedOn ?? null,
      decision: last.any
        ? evaluate('non-solicitation', last.endedOn ? { contractEndedOn: last.endedOn } : {}, { asOf: today, terms })
        : null,
      hirings: hirings.map(toHiringOut),
    },
    confidentialItems: items.map((c) => ({
      ...toConfidentialOut(c),
      decision: evaluate('confidentiality.expiry', { disclosedOn: c.disclosed_on }, { asOf: today, terms }),
    })),
  };
}

/** `GET /api/contracts/:id/confidential-items`: the register of one contract. */
export async function confidentialItemsOfContract(ctx: AppContext, actor: Actor, contractId: string) {
  const today = parisDate(ctx.now());
  const terms = await termsInForce(ctx, actor.orgId, today);
  const items = await repo.confidentialItemsOf(ctx.db, actor.orgId, { contractId });
  return items.map((c) => ({
    ...toConfidentialOut(c),
    decision: evaluate('confidentiality.expiry', { disclosedOn: c.disclosed_on }, { asOf: today, terms }),
  }));
}
