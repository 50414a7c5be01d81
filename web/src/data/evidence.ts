import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';

export interface EvidenceEntry {
  seq: number;
  kind: string;
  objectType: string;
  objectId: string;
  contractId: string | null;
  actor: string;
  at: string;
  documentSha256: string | null;
  decision: { rule?: string; outcome?: string; citation?: { article: string; termsVersion: string }; explanation?: { fr: string; en: string } } | null;
  hash: string;
}

export interface VerifyReport {
  ok: boolean;
  entries: number;
  organisations: number;
  firstBroken: { orgId: string; seq: number; problem: string; detail: string } | null;
  heads: Array<{ orgId: string; seq: number; hash: string }>;
}

/** GET /api/evidence: the latest entries of the evidence log (art. 22), newest first. */
export function useEvidence(limit = 200) {
  return useQuery({ queryKey: ['evidence', limit], queryFn: () => api.get<{ items: EvidenceEntry[] }>(`/api/evidence?limit=${limit}`) });
}

/** GET /api/evidence/verify, on demand (it walks the whole chain). */
export function useEvidenceVerification() {
  return useQuery({ queryKey: ['evidence', 'verify'], queryFn: () => api.get<VerifyReport>('/api/evidence/verify'), enabled: false, retry: false });
}
