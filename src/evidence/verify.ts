import type { Db, Dialect } from '../db/database.ts';
import { chainFieldsOf, entryHash, GENESIS_HASH, sha256OfBytes } from './chain.ts';
import * as repo from './evidence.repo.ts';

export interface BrokenLink {
  orgId: string;
  seq: number;
  problem: 'missing-entry' | 'wrong-previous-hash' | 'altered-entry' | 'head-mismatch' | 'missing-document' | 'altered-document';
  detail: string;
}

export interface VerifyReport {
  ok: boolean;
  entries: number;
  organisations: number;
  firstBroken: BrokenLink | null;
  /** The last entry of each chain: record it elsewhere to anchor the log. */
  heads: Array<{ orgId: string; seq: number; hash: string }>;
}

const PROGRESS_EVERY = 50_000;

/**
 * Walks every chain from its first entry: sequence numbers must follow each other, each entry
 * must name the previous hash and hash to its stored value, and the head must match the last
 * entry. Stops at the first broken link. With `documents`, also re-hashes every stored document.
 */
export async function verifyEvidence(db: Db, dialect: Dialect, options: { documents?: boolean; onProgress?: (entries: number) => void } = {}): Promise<VerifyReport> {
  const heads = await repo.orgsWithEvidence(db);
  let total = 0;
  for (const head of heads) {
    const orgId = head.org_id;
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    const documents: Array<{ seq: number; sha256: string }> = [];
    const broken = (seq: number, problem: BrokenLink['problem'], detail: string): VerifyReport => ({ ok: false, entries: total, organisations: heads.length, firstBroken: { orgId, seq, problem, detail }, heads: [] });
    for await (const page of repo.chainPages(db, orgId)) for (const r of page) {
      const seq = Number(r.seq);
      if (seq !== expectedSeq) return broken(expectedSeq, 'missing-entry', `entry ${expectedSeq} is missing (next is ${seq})`);
      if (r.prev_hash !== prevHash) return broken(seq, 'wrong-previous-hash', `entry ${seq} does not follow entry ${seq - 1}`);
      const recomputed = entryHash(prevHash, chainFieldsOf(orgId, r));
      if (recomputed !== r.hash) return broken(seq, 'altered-entry', `entry ${seq} was changed after it was written`);
      if (options.documents && r.document_sha256) documents.push({ seq, sha256: r.document_sha256 });
      prevHash = r.hash;
      expectedSeq++;
      total++;
      if (total % PROGRESS_EVERY === 0) options.onProgress?.(total);
    }
    for (const d of documents) {
      const doc = await repo.findDocument(db, orgId, d.sha256);
      if (!doc) return broken(d.seq, 'missing-document', `document ${d.sha256} of entry ${d.seq} is missing`);
      if (sha256OfBytes(doc.content) !== d.sha256) return broken(d.seq, 'altered-document', `document ${d.sha256} of entry ${d.seq} was changed`);
    }
    if (Number(head.seq) !== expectedSeq - 1 || head.hash !== prevHash) {
      return broken(Number(head.seq), 'head-mismatch', `the chain ends at entry ${expectedSeq - 1} but its head names entry ${head.seq}: entries were removed from the end`);
    }
  }
  return { ok: true, entries: total, organisations: heads.length, firstBroken: null, heads: heads.map((h) => ({ orgId: h.org_id, seq: Number(h.seq), hash: h.hash })) };
}
