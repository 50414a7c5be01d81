/**
 * The lifecycle of a contract (issue #12): its statuses and the transitions between them, each a
 * recorded decision citing its article. A contract runs (`active`), is `suspended` while a
 * force-majeure event lasts (art. 16.1), and ends once: `terminated` (art. 15.2, 16.1),
 * `cancelled` (orders in progress cancelled for non-payment, art. 10.3) or `ended` (end of the
 * rental duration or of the services, art. 15.1). An end has an effective date (`ended_on`, the
 * first day the contract no longer runs): the rent billing run bills up to the day before.
 * Other modules (deliveries, interventions) read `status` through this module and act only on an
 * `active` contract.
 */
import type { Db, Dialect } from '../../db/database.ts';
import type { ContractStatus } from '../../db/schema.ts';
import { formatDateEn, formatDateFr } from '../../kernel/dates.ts';
import { makeDecision, type Bilingual, type Decision } from '../../kernel/decision.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { recordDecision } from '../decisions/index.ts';
import * as repo from './lifecycle.repo.ts';

export const CONTRACT_STATUSES: readonly ContractStatus[] = ['active', 'suspended', 'terminated', 'cancelled', 'ended'];

/** The statuses a contract may go to from each status; the three ends are final. */
export const TRANSITIONS: Readonly<Record<ContractStatus, readonly ContractStatus[]>> = {
  active: ['suspended', 'terminated', 'cancelled', 'ended'],
  suspended: ['active', 'terminated', 'cancelled', 'ended'],
  terminated: [],
  cancelled: [],
  ended: [],
};

const FINAL: readonly ContractStatus[] = ['terminated', 'cancelled', 'ended'];

/** A contract in this status is neither delivered nor serviced (deliveries, interventions refuse). */
export const isRunning = (status: string) => status === 'active';

const LABEL: Record<ContractStatus, Bilingual> = {
  active: { fr: 'en cours', en: 'active' },
  suspended: { fr: 'suspendu', en: 'suspended' },
  terminated: { fr: 'résilié', en: 'terminated' },
  cancelled: { fr: 'annulé', en: 'cancelled' },
  ended: { fr: 'terminé', en: 'ended' },
};

export interface StatusChange {
  orgId: string;
  contractId: string;
  to: ContractStatus;
  /** The day the change takes effect (for an end: the first day the contract no longer runs). */
  effectiveOn: string;
  asOf: string;
  article: string;
  termsVersion: string;
  /** Why, in both languages (the ground of the decision). */
  reason: Bilingual;
  actor: string;
  at: string;
  /** Fields the decision carries besides the status (terminableFrom, event…). */
  fields?: Record<string, unknown>;
}

/** The decision recording a status change. */
export function statusDecision(c: StatusChange, from: ContractStatus, number: string): Decision {
  const on = { fr: formatDateFr(c.effectiveOn), en: formatDateEn(c.effectiveOn) };
  return makeDecision(
    {
      rule: 'contract.status',
      asOf: c.asOf,
      outcome: c.to,
      citation: { article: c.article, termsVersion: c.termsVersion },
      explanation: {
        fr: `Contrat ${number} ${LABEL[c.to].fr} à compter du ${on.fr} (auparavant ${LABEL[from].fr}) : ${c.reason.fr}`,
        en: `Contract ${number} ${LABEL[c.to].en} from ${on.en} (was ${LABEL[from].en}): ${c.reason.en}`,
      },
      parameters: {},
    },
    { from, to: c.to, effectiveOn: c.effectiveOn, ...c.fields },
  );
}

/** 409 naming the current status when the contract cannot go to `to`. */
export function checkTransition(number: string, from: ContractStatus, to: ContractStatus) {
  if (!TRANSITIONS[from].includes(to))
    throw new AppError('contract.illegal_transition', {
      detail: `Contract ${number} is ${from}: it cannot become ${to}`,
      extra: { currentStatus: from, requestedStatus: to, allowed: TRANSITIONS[from] },
    });
}

/**
 * Changes the status inside the caller's transaction: locks the contract row, checks the
 * transition (409 naming the current status), stores the status (and the end date of an end),
 * the change and its decision chained into the evidence log.
 */
export async function changeStatusWithin(
  trx: Db,
  dialect: Dialect,
  c: StatusChange,
): Promise<{ from: ContractStatus; decision: Decision; number: string }> {
  const row = await repo.lockContract(trx, dialect, c.orgId, c.contractId);
  if (!row) throw new AppError('contract.not_found');
  const from = row.status;
  checkTransition(row.number, from, c.to);
  const decision = statusDecision(c, from, row.number);
  const id = newId();
  await repo.setStatus(trx, c.orgId, c.contractId, c.to, FINAL.includes(c.to) ? c.effectiveOn : null, c.at);
  await repo.insertStatusChange(trx, {
    id,
    org_id: c.orgId,
    contract_id: c.contractId,
    from_status: from,
    to_status: c.to,
    effective_on: c.effectiveOn,
    article: c.article,
    reason_fr: c.reason.fr,
    reason_en: c.reason.en,
    recorded_by: c.actor,
    recorded_at: c.at,
  });
  await recordDecision(trx, dialect, {
    orgId: c.orgId,
    decision,
    objectType: 'contract',
    objectId: c.contractId,
    contractId: c.contractId,
    // An end happens once; a suspension may come back.
    effectKey: FINAL.includes(c.to) ? `contract.status:${c.contractId}:end` : `contract.status:${c.contractId}:${id}`,
    actor: c.actor,
    at: c.at,
  });
  return { from, decision, number: row.number };
}
