/**
 * Anchors of the evidence log (ADR 0016): the head of a chain (sequence number and hash) written
 * somewhere the database cannot reach — an append-only file, the administrators' mailboxes — so
 * that `evidence verify` can prove the chain still holds every head it once had. A rewrite of the
 * tail (entries removed and the head moved back, or an entry changed and every later hash and the
 * head recomputed) passes the chain's own checks but not an anchor taken before it.
 */

/** A published head: the chain of `orgId` had entry `seq` with this hash. */
export interface Anchor {
  /** Absent when given on the command line as SEQ:HASH (the only chain is meant). */
  orgId?: string;
  seq: number;
  hash: string;
  /** When it was published (informative). */
  at?: string;
}

const PREFIX = 'clausier-evidence-anchor v1';
const LINE = /clausier-evidence-anchor v1 org=(\S+) seq=(\d{1,15}) hash=([0-9a-f]{64})(?: at=(\S+))?/;

/** The one-line form, as appended to the anchors file and quoted in the e-mail. */
export function formatAnchor(a: Required<Anchor>): string {
  return `${PREFIX} org=${a.orgId} seq=${a.seq} hash=${a.hash} at=${a.at}`;
}

/** Every anchor line of a text (an anchors file, or a saved e-mail); other lines are ignored. */
export function parseAnchors(text: string): Anchor[] {
  const anchors: Anchor[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = LINE.exec(line);
    if (m) anchors.push({ orgId: m[1]!, seq: Number(m[2]), hash: m[3]!, ...(m[4] ? { at: m[4] } : {}) });
  }
  return anchors;
}

/** `SEQ:HASH` or `ORG:SEQ:HASH` (the `--head` option); throws a message naming the expected form. */
export function parseHead(value: string): Anchor {
  const m = /^(?:([^\s:]+):)?(\d{1,15}):([0-9a-fA-F]{64})$/.exec(value.trim());
  if (!m || Number(m[2]) < 1)
    throw new Error(
      `--head must be SEQ:HASH or ORG:SEQ:HASH (a sequence number from 1 and a 64-hex SHA-256), got "${value}"`,
    );
  return { ...(m[1] ? { orgId: m[1] } : {}), seq: Number(m[2]), hash: m[3]!.toLowerCase() };
}
