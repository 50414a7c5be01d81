/**
 * What binds ALLEO and a client beyond the contracts, on the client record: disputes and their
 * amicable period (art. 21), non-solicitation until 12 months after the last contract ends with
 * the indemnity of a hiring inside it (art. 18), confidential information and its protection end
 * (art. 13). Each record applies its rule and records the decision.
 */
import { parisDate, type AppContext } from '../../context.ts';
import { maxDate } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import * as repo from './disputes.repo.ts';

export async function clientOf(ctx: AppContext, actor: Actor, clientId: string) {
  const c = await repo.clientExists(ctx.db, actor.orgId, clientId);
  if (!c) throw new AppError('client.not_found');
  return c;
}

export async function checkContract(ctx: AppContext, actor: Actor, clientId: string, contractId: string | undefined) {
  if (contractId && !(await repo.contractOfClient(ctx.db, actor.orgId, clientId, contractId)))
    throw new AppError('request.invalid', {
      errors: [
        { path: 'contractId', message: 'not a contract of this client', fr: "n'est pas un contrat de ce client" },
      ],
    });
}

/** The end of the client's last contract, or undefined while one runs (or none exists). */
export async function lastContractEnd(ctx: AppContext, orgId: string, clientId: string) {
  const contracts = await repo.contractEndsOf(ctx.db, orgId, clientId);
  if (contracts.length === 0) return { any: false, endedOn: undefined };
  if (contracts.some((c) => c.ended_on === null)) return { any: true, endedOn: undefined };
  return { any: true, endedOn: contracts.map((c) => c.ended_on!).reduce(maxDate) };
}

export function toHiringOut(h: Awaited<ReturnType<typeof repo.hiringsOf>>[number]) {
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

export function toConfidentialOut(c: Awaited<ReturnType<typeof repo.confidentialItemsOf>>[number]) {
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
