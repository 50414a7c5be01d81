/**
 * The hash of an evidence entry: SHA-256 over the previous entry's hash and the canonical JSON of
 * the entry (sequence, kind, object, contract, actor, time, document hash, decision). The decision
 * is stored as canonical JSON text and embedded verbatim, so any change to the stored text shows.
 */
import { createHash } from 'node:crypto';
import type { EvidenceEntriesTable } from '../db/schema.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  orgId: string;
  seq: number;
  kind: string;
  objectType: string;
  objectId: string;
  contractId: string | null;
  actor: string;
  at: string;
  documentSha256: string | null;
  /** Canonical JSON text of the decision, or null. */
  decisionJson: string | null;
}

/** The stored columns an entry's hash covers. */
export type ChainRow = Pick<
  EvidenceEntriesTable,
  'seq' | 'kind' | 'object_type' | 'object_id' | 'contract_id' | 'actor' | 'at' | 'document_sha256' | 'decision_json'
>;

/** The hashed fields of a stored entry. */
export function chainFieldsOf(orgId: string, r: ChainRow): ChainFields {
  return {
    orgId,
    seq: Number(r.seq),
    kind: r.kind,
    objectType: r.object_type,
    objectId: r.object_id,
    contractId: r.contract_id,
    actor: r.actor,
    at: r.at,
    documentSha256: r.document_sha256,
    decisionJson: r.decision_json,
  };
}

/** The canonical text an entry's hash covers (keys in sorted order). */
export function entryPayload(f: ChainFields): string {
  const s = JSON.stringify;
  return (
    `{"actor":${s(f.actor)},"at":${s(f.at)},"contractId":${s(f.contractId)},"decision":${f.decisionJson ?? 'null'},` +
    `"documentSha256":${s(f.documentSha256)},"kind":${s(f.kind)},"objectId":${s(f.objectId)},"objectType":${s(f.objectType)},` +
    `"orgId":${s(f.orgId)},"seq":${f.seq}}`
  );
}

export function entryHash(prevHash: string, f: ChainFields): string {
  return createHash('sha256')
    .update(`${prevHash}\n${entryPayload(f)}`)
    .digest('hex');
}

export function sha256OfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
