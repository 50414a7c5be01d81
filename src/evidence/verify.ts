import type { Db, Dialect } from '../db/database.ts';
import type { Anchor } from './anchor.ts';
import { chainFieldsOf, entryHash, GENESIS_HASH, sha256OfBytes } from './chain.ts';
import * as repo from './evidence.repo.ts';

export interface BrokenLink {
  orgId: string;
  seq: number;
  problem:
    | 'missing-entry'
    | 'wrong-previous-hash'
    | 'altered-entry'
    | 'head-mismatch'
    | 'missing-document'
    | 'altered-document'
    | 'anchor-mismatch'
    | 'anchor-missing';
  detail: string;
}

export interface VerifyReport {
  ok: boolean;
  entries: number;
  organisations: number;
  /** Stored documents re-hashed. */
  documents: number;
  /** Anchors found in the chain with their hash. */
  anchors: number;
  /** Documents whose content was erased for personal data by an entry of the chain (ADR 0026). */
  erasedDocuments: number;
  firstBroken: BrokenLink | null;
  /** The last entry of each chain: record it elsewhere to anchor the log. */
  heads: Array<{ orgId: string; seq: number; hash: string }>;
}

export interface VerifyProgress {
  phase: 'entries' | 'documents';
  done: number;
  total: number;
}

export interface VerifyOptions {
  documents?: boolean;
  /** Heads published earlier (the anchors file, `--head`): each must still be in its chain. */
  anchors?: readonly Anchor[];
  onProgress?: (p: VerifyProgress) => void;
}

const PROGRESS_EVERY = 1_000;

/** The anchors by organisation; one without an organisation means the only chain. */
function anchorsByOrg(anchors: readonly Anchor[], orgIds: string[]): Map<string, Map<number, string[]>> {
  const byOrg = new Map<string, Map<number, string[]>>();
  for (const a of anchors) {
    let orgId = a.orgId;
    if (orgId === undefined) {
      if (orgIds.length !== 1)
        throw new Error(
          `a head given as SEQ:HASH needs its organisation (ORG:SEQ:HASH): ${orgIds.length} chains are stored`,
        );
      orgId = orgIds[0]!;
    }
    const bySeq = byOrg.get(orgId) ?? new Map<number, string[]>();
    bySeq.set(a.seq, [...(bySeq.get(a.seq) ?? []), a.hash]);
    byOrg.set(orgId, bySeq);
  }
  return byOrg;
}

/**
 * Walks every chain from its first entry: sequence numbers must follow each other, each entry
 * must name the previous hash and hash to its stored value, and the head must match the last
 * entry. Each anchor must name an entry of its chain, with that entry's hash (ADR 0016). Stops at
 * the first broken link. With `documents`, also re-hashes every stored document.
 */
export async function verifyEvidence(db: Db, _dialect: Dialect, options: VerifyOptions = {}): Promise<VerifyReport> {
  const heads = await repo.orgsWithEvidence(db);
  const anchors = anchorsByOrg(
    options.anchors ?? [],
    heads.map((h) => h.org_id),
  );
  const totalEntries = heads.reduce((n, h) => n + Number(h.seq), 0);
  let total = 0;
  let documentsChecked = 0;
  let anchorsChecked = 0;
  let erasedDocuments = 0;
  const report = (firstBroken: BrokenLink | null): VerifyReport => ({
    ok: firstBroken === null,
    entries: total,
    organisations: heads.length,
    documents: documentsChecked,
    anchors: anchorsChecked,
    erasedDocuments,
    firstBroken,
    heads: firstBroken ? [] : heads.map((h) => ({ orgId: h.org_id, seq: Number(h.seq), hash: h.hash })),
  });
  for (const [orgId, bySeq] of anchors) {
    if (!heads.some((h) => h.org_id === orgId)) {
      const seq = Math.min(...bySeq.keys());
      return report({
        orgId,
        seq,
        problem: 'anchor-missing',
        detail: `entry ${seq} was anchored but organisation ${orgId} has no evidence left: the log was emptied`,
      });
    }
  }
  for (const head of heads) {
    const orgId = head.org_id;
    const anchored = anchors.get(orgId) ?? new Map<number, string[]>();
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    const documents: Array<{ seq: number; sha256: string }> = [];
    // Documents whose content an entry of the chain erased (ADR 0026): sha256 → that entry's seq.
    const erasures = new Map<string, number>();
    const broken = (seq: number, problem: BrokenLink['problem'], detail: string) =>
      report({ orgId, seq, problem, detail });
    for await (const page of repo.chainPages(db, orgId))
      for (const r of page) {
        const seq = Number(r.seq);
        if (seq !== expectedSeq)
          return broken(expectedSeq, 'missing-entry', `entry ${expectedSeq} is missing (next is ${seq})`);
        if (r.prev_hash !== prevHash)
          return broken(seq, 'wrong-previous-hash', `entry ${seq} does not follow entry ${seq - 1}`);
        const recomputed = entryHash(prevHash, chainFieldsOf(orgId, r));
        if (recomputed !== r.hash) return broken(seq, 'altered-entry', `entry ${seq} was changed after it was written`);
        const published = anchored.get(seq);
        if (published) {
          if (published.some((h) => h !== r.hash))
            return broken(
              seq,
              'anchor-mismatch',
              `entry ${seq} does not have the hash anchored for it: the chain was rewritten from entry ${seq} or before`,
            );
          anchorsChecked += published.length;
        }
        if (options.documents && r.document_sha256) documents.push({ seq, sha256: r.document_sha256 });
        if (options.documents && r.kind === 'personal-data.erased' && r.object_type === 'evidence-document')
          erasures.set(r.object_id, seq);
        prevHash = r.hash;
        expectedSeq++;
        total++;
        if (total % PROGRESS_EVERY === 0) options.onProgress?.({ phase: 'entries', done: total, total: totalEntries });
      }
    options.onProgress?.({ phase: 'entries', done: total, total: totalEntries });
    const beyond = [...anchored.keys()].filter((seq) => seq >= expectedSeq).sort((a, b) => a - b);
    if (beyond.length > 0) {
      return broken(
        beyond[0]!,
        'anchor-missing',
        `entry ${beyond[0]} was anchored but the chain now ends at entry ${expectedSeq - 1}: entries were removed from the end`,
      );
    }
    for (const [i, d] of documents.entries()) {
      const doc = await repo.findDocument(db, orgId, d.sha256);
      if (!doc) return broken(d.seq, 'missing-document', `document ${d.sha256} of entry ${d.seq} is missing`);
      if (doc.erased_at) {
        // Erased for personal data: legitimate only when the chain itself records the erasure.
        if (doc.content.byteLength !== 0 || erasures.get(d.sha256) !== Number(doc.erasure_seq))
          return broken(
            d.seq,
            'altered-document',
            `document ${d.sha256} of entry ${d.seq} was emptied without its erasure entry`,
          );
        erasedDocuments++;
        continue;
      }
      if (sha256OfBytes(doc.content) !== d.sha256)
        return broken(d.seq, 'altered-document', `document ${d.sha256} of entry ${d.seq} was changed`);
      documentsChecked++;
      if ((i + 1) % 100 === 0 || i + 1 === documents.length)
        options.onProgress?.({ phase: 'documents', done: i + 1, total: documents.length });
    }
    if (Number(head.seq) !== expectedSeq - 1 || head.hash !== prevHash) {
      return broken(
        Number(head.seq),
        'head-mismatch',
        `the chain ends at entry ${expectedSeq - 1} but its head names entry ${head.seq}: entries were removed from the end`,
      );
    }
  }
  return report(null);
}
