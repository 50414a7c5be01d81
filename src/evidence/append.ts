import type { Db, Dialect } from '../db/database.ts';
import type { EvidenceEntriesTable } from '../db/schema.ts';
import { canonicalJson } from './canonical-json.ts';
import { entryHash, sha256OfBytes } from './chain.ts';
import * as repo from './evidence.repo.ts';

export interface EvidenceDocument {
  bytes: Uint8Array;
  mediaType: string;
  filename: string;
}

export interface NewEvidence {
  orgId: string;
  /** What happened: 'document.sent', 'document.received', 'decision', 'terms.published', … */
  kind: string;
  objectType: string;
  objectId: string;
  contractId?: string | null;
  /** Who: a user id, 'system:sweep', 'client:<userId>'… */
  actor: string;
  /** ISO timestamp of the event. */
  at: string;
  document?: EvidenceDocument;
  /** An already-stored document, referenced by its hash. */
  documentSha256?: string;
  decision?: unknown;
}

export interface AppendedEvidence {
  seq: number;
  hash: string;
  documentSha256: string | null;
}

/**
 * Appends one entry to the organisation's chain. Call it inside the transaction of the act it
 * records, so that the act and its evidence commit together or not at all.
 */
export async function appendEvidence(trx: Db, dialect: Dialect, e: NewEvidence): Promise<AppendedEvidence> {
  let documentSha256 = e.documentSha256 ?? null;
  if (e.document) {
    documentSha256 = sha256OfBytes(e.document.bytes);
    await repo.insertDocumentOnce(trx, {
      org_id: e.orgId,
      sha256: documentSha256,
      media_type: e.document.mediaType,
      filename: e.document.filename,
      size_bytes: e.document.bytes.byteLength,
      content: e.document.bytes,
      created_at: e.at,
    });
  }
  const head = await repo.lockHead(trx, dialect, e.orgId);
  const seq = Number(head.seq) + 1;
  const row = chainedRow(e.orgId, seq, head.hash, e, documentSha256);
  await repo.insertEntryAndSetHead(trx, dialect, row);
  return { seq, hash: row.hash, documentSha256 };
}

/** The row of entry `seq` chained after `prevHash`: its hash covers every field (one definition for single and batch appends). */
export function chainedRow(
  orgId: string,
  seq: number,
  prevHash: string,
  e: Omit<NewEvidence, 'orgId' | 'document'>,
  documentSha256: string | null,
): EvidenceEntriesTable {
  const fields = {
    orgId,
    seq,
    kind: e.kind,
    objectType: e.objectType,
    objectId: e.objectId,
    contractId: e.contractId ?? null,
    actor: e.actor,
    at: e.at,
    documentSha256,
    decisionJson: e.decision === undefined ? null : canonicalJson(e.decision),
  };
  const hash = entryHash(prevHash, fields);
  return {
    org_id: orgId,
    seq,
    kind: fields.kind,
    object_type: fields.objectType,
    object_id: fields.objectId,
    contract_id: fields.contractId,
    actor: fields.actor,
    at: fields.at,
    document_sha256: documentSha256,
    decision_json: fields.decisionJson,
    prev_hash: prevHash,
    hash,
  };
}
