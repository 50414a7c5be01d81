/**
 * The evidence of one contract (or any object) as a single tar archive a lawyer can hand over
 * (art. 22): manifest.json with every entry and its chain hashes, each document once under
 * documents/, and a README explaining how to check them.
 */
import type { Db } from '../db/database.ts';
import { chainFieldsOf, entryPayload } from './chain.ts';
import * as repo from './evidence.repo.ts';
import { tarArchive } from './tar.ts';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'message/rfc822': 'eml',
  'application/json': 'json',
  'text/plain': 'txt',
  'application/xml': 'xml',
  'text/xml': 'xml',
};

const README = `Journal de preuves — export (CGV art. 22)
==========================================

manifest.json lists, in order, every entry of the evidence log that concerns this object:
what happened (kind), when (at, UTC), who acted (actor), the SHA-256 of the document
exchanged (documentSha256) and the decision applied, with the article of the terms it cites.

Each entry is chained to the previous entry of the organisation's log:
  hash = SHA-256( prevHash + "\\n" + payload )
where payload is the canonical JSON given for each entry. Recomputing it proves that the
entry was not changed since it was written. Each file in documents/ is named by its SHA-256:
recomputing the hash of the file (sha256sum) proves it is the document that was exchanged.

Evidence log export — how to check: same as above, in English.
`;

export async function exportEvidenceArchive(
  db: Db,
  orgId: string,
  target: { contractId: string } | { objectType: string; objectId: string },
  exportedAt: Date,
) {
  const rows =
    'contractId' in target
      ? await repo.entriesOfContract(db, orgId, target.contractId)
      : await repo.entriesOfObject(db, orgId, target.objectType, target.objectId);
  const mtime = exportedAt.getTime() / 1000;
  const documents = new Map<string, { name: string; content: Uint8Array }>();
  for (const r of rows) {
    if (!r.document_sha256 || documents.has(r.document_sha256)) continue;
    const doc = await repo.findDocument(db, orgId, r.document_sha256);
    if (!doc) continue;
    documents.set(r.document_sha256, {
      name: `documents/${doc.sha256}.${EXTENSIONS[doc.media_type] ?? 'bin'}`,
      content: doc.content,
    });
  }
  const manifest = {
    exportedAt: exportedAt.toISOString(),
    organisation: orgId,
    target,
    entries: rows.map((r) => {
      const fields = chainFieldsOf(orgId, r);
      return {
        seq: fields.seq,
        kind: r.kind,
        objectType: r.object_type,
        objectId: r.object_id,
        contractId: r.contract_id,
        actor: r.actor,
        at: r.at,
        documentSha256: r.document_sha256,
        document: r.document_sha256 ? (documents.get(r.document_sha256)?.name ?? null) : null,
        decision: r.decision_json ? JSON.parse(r.decision_json) : null,
        prevHash: r.prev_hash,
        hash: r.hash,
        payload: entryPayload(fields),
      };
    }),
  };
  const files = [
    { name: 'README.txt', content: Buffer.from(README), mtime },
    { name: 'manifest.json', content: Buffer.from(JSON.stringify(manifest, null, 2)), mtime },
    ...[...documents.values()].map((d) => ({ ...d, mtime })),
  ];
  return { archive: tarArchive(files), entries: rows.length, documents: documents.size };
}
