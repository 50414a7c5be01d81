import type { Db, Dialect } from '../db/database.ts';
import { appendEvidence } from './append.ts';
import * as repo from './evidence.repo.ts';

export interface DocumentErasure {
  orgId: string;
  sha256: string;
  /** Who erases: 'system:sweep', a user id. */
  actor: string;
  at: string;
  /** The article or request behind the erasure, kept in the erasure entry (no personal value). */
  article: string;
  reason: string;
}

/**
 * Erases the content of a stored document that holds personal data (ADR 0026). The entries that
 * name the document keep its SHA-256, so their hashes and the chain are untouched; the erasure is
 * itself an entry of the chain (kind `personal-data.erased`), which `verify` requires for every
 * document found empty. Call it inside the transaction of the act that erases. Returns false when
 * the document was already erased or is not stored.
 */
export async function eraseDocumentContent(trx: Db, dialect: Dialect, e: DocumentErasure): Promise<boolean> {
  const doc = await repo.findDocument(trx, e.orgId, e.sha256);
  if (!doc || doc.erased_at) return false;
  const entry = await appendEvidence(trx, dialect, {
    orgId: e.orgId,
    kind: 'personal-data.erased',
    objectType: 'evidence-document',
    objectId: e.sha256,
    actor: e.actor,
    at: e.at,
    decision: { article: e.article, reason: e.reason, erasedDocumentSha256: e.sha256, mediaType: doc.media_type },
  });
  await repo.markDocumentErased(trx, e.orgId, e.sha256, e.at, entry.seq);
  return true;
}
