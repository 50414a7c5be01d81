/** The append-only, hash-chained evidence log (art. 22: emails and documents are proof). */
export { appendEvidence, type AppendedEvidence, type EvidenceDocument, type NewEvidence } from './append.ts';
export { appendEvidenceBatch, type BatchEvidence } from './append-batch.ts';
export {
  verifyEvidence,
  type BrokenLink,
  type VerifyOptions,
  type VerifyProgress,
  type VerifyReport,
} from './verify.ts';
export { formatAnchor, parseAnchors, parseHead, type Anchor } from './anchor.ts';
export { chainHead } from './evidence.repo.ts';
export { exportEvidenceArchive } from './export.ts';
export { canonicalJson } from './canonical-json.ts';
export { entryHash, entryPayload, GENESIS_HASH, sha256OfBytes } from './chain.ts';
export { findDocument, entriesOfObject } from './evidence.repo.ts';
export { eraseDocumentContent, type DocumentErasure } from './erase.ts';
