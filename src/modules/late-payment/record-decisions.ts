/**
 * Records many decisions at once, inside the caller's transaction: the batched form of
 * decisions.recordDecision, writing the very same rows (a `decisions` row per effect, chained in
 * the evidence log as a 'decision' entry) but with one statement per 500 decisions instead of six
 * per decision. An effect key already recorded, or repeated in the batch, is skipped, so a rerun
 * records nothing twice. The daily late-payment sweep needs it: on a first run every invoice past
 * due becomes late at once.
 */
import type { Db, Dialect } from '../../db/database.ts';
import { appendEvidenceBatch } from '../../evidence/index.ts';
import { randomBytes } from 'node:crypto';
import type { RecordDecisionInput } from '../decisions/index.ts';
import { existingEffectKeys, insertDecisions } from '../decisions/index.ts';

export type BatchDecisionInput = Omit<RecordDecisionInput, 'orgId'> & {
  /** The decision as JSON text, when the caller already has it (JSON.stringify(decision)). */
  decisionJson?: string;
};

/**
 * UUIDv7 ids (RFC 9562: 48-bit Unix milliseconds, version 7, then a 40-bit counter and 32 random
 * bits where the RFC allows a monotonic counter): still opaque UUIDs, but increasing, so a batch
 * appends to the decisions' primary-key index instead of touching a random page of it per row.
 */
let counter = 0;
function uuidV7(ms: number): string {
  const c = counter++;
  const time = ms.toString(16).padStart(12, '0');
  const high = (Math.floor(c / 2 ** 28) % 4096).toString(16).padStart(3, '0');
  const low = (c % 2 ** 28).toString(16).padStart(7, '0');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${high}-8${low.slice(0, 3)}-${low.slice(3)}${randomBytes(4).toString('hex')}`;
}

/** Returns the number of decisions recorded now. */
export async function recordDecisions(
  trx: Db,
  dialect: Dialect,
  orgId: string,
  inputs: readonly BatchDecisionInput[],
): Promise<number> {
  if (inputs.length === 0) return 0;
  const existing = await existingEffectKeys(
    trx,
    orgId,
    inputs.map((i) => i.effectKey),
  );
  const fresh: BatchDecisionInput[] = [];
  for (const input of inputs) {
    if (existing.has(input.effectKey)) continue;
    existing.add(input.effectKey);
    fresh.push(input);
  }
  if (fresh.length === 0) return 0;
  // In object order: the index entries of a batch (decisions by object and by effect key, evidence
  // by object) then go in ascending order, a leaf page after the other, rather than at random.
  fresh.sort((a, b) =>
    a.objectId < b.objectId ? -1 : a.objectId > b.objectId ? 1 : a.effectKey < b.effectKey ? -1 : 1,
  );
  const appended = await appendEvidenceBatch(
    trx,
    dialect,
    orgId,
    fresh.map((i) => ({
      kind: 'decision',
      objectType: i.objectType,
      objectId: i.objectId,
      contractId: i.contractId ?? null,
      actor: i.actor,
      at: i.at,
      decision: i.decision,
    })),
  );
  const ms = Date.parse(fresh[0]!.at) || 0;
  await insertDecisions(
    trx,
    fresh.map((i, n) => ({
      id: uuidV7(ms),
      org_id: orgId,
      rule: i.decision.rule,
      object_type: i.objectType,
      object_id: i.objectId,
      as_of: i.decision.asOf,
      outcome: i.decision.outcome,
      article: i.decision.citation.article,
      terms_version: i.decision.citation.termsVersion,
      decision_json: i.decisionJson ?? JSON.stringify(i.decision),
      effect_key: i.effectKey,
      actor: i.actor,
      evidence_seq: appended[n]!.seq,
      created_at: i.at,
    })),
  );
  return fresh.length;
}
