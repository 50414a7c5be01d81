import type { Db, Dialect } from '../../db/database.ts';
import { appendEvidence } from '../../evidence/index.ts';
import type { Decision } from '../../kernel/decision.ts';
import { newId } from '../../kernel/ids.ts';
import * as repo from './decisions.repo.ts';

export interface RecordDecisionInput {
  orgId: string;
  decision: Decision;
  objectType: string;
  objectId: string;
  contractId?: string | null;
  /**
   * What the decision does, unique per organisation ("quote.validity:quote:<id>:expired"): the
   * same effect is never recorded twice, which makes the sweep and retried commands idempotent.
   */
  effectKey: string;
  actor: string;
  at: string;
}

/**
 * Stores a decision that acts, with its citation, and adds it to the evidence log, inside the
 * caller's transaction. Returns recorded=false when that effect was already recorded.
 */
export async function recordDecision(
  trx: Db,
  dialect: Dialect,
  input: RecordDecisionInput,
): Promise<{ recorded: boolean; id: string }> {
  const existing = await repo.findByEffectKey(trx, input.orgId, input.effectKey);
  if (existing) return { recorded: false, id: existing.id };
  const evidence = await appendEvidence(trx, dialect, {
    orgId: input.orgId,
    kind: 'decision',
    objectType: input.objectType,
    objectId: input.objectId,
    contractId: input.contractId ?? null,
    actor: input.actor,
    at: input.at,
    decision: input.decision,
  });
  const id = newId();
  await repo.insertDecision(trx, {
    id,
    org_id: input.orgId,
    rule: input.decision.rule,
    object_type: input.objectType,
    object_id: input.objectId,
    as_of: input.decision.asOf,
    outcome: input.decision.outcome,
    article: input.decision.citation.article,
    terms_version: input.decision.citation.termsVersion,
    decision_json: JSON.stringify(input.decision),
    effect_key: input.effectKey,
    actor: input.actor,
    evidence_seq: evidence.seq,
    created_at: input.at,
  });
  return { recorded: true, id };
}
