import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { ItemOf, ResponseOf } from '../api/shapes.ts';

type EvidencePage = ResponseOf<'/api/evidence', 'get'>;
type ApiEvidenceEntry = ItemOf<EvidencePage>;

/** The decision an entry records, when it records one (the API types it `unknown`). */
export interface EvidenceDecision {
  rule?: string;
  outcome?: string;
  citation?: { article: string; termsVersion: string };
  explanation?: { fr: string; en: string };
}

export type EvidenceEntry = Omit<ApiEvidenceEntry, 'decision'> & { decision: EvidenceDecision | null };

export type VerifyReport = ResponseOf<'/api/evidence/verify', 'get'>;

const withDecision = (entry: ApiEvidenceEntry): EvidenceEntry => ({
  ...entry,
  decision: typeof entry.decision === 'object' && entry.decision !== null ? (entry.decision as EvidenceDecision) : null,
});

/** GET /api/evidence: the latest entries of the evidence log (art. 22), newest first. */
export function useEvidence(limit = 200) {
  return useQuery({ queryKey: ['evidence', limit], queryFn: async () => ({ items: (await api.get<EvidencePage>(`/api/evidence?limit=${limit}`)).items.map(withDecision) }) });
}

/** GET /api/evidence/verify, on demand (it walks the whole chain). */
export function useEvidenceVerification() {
  return useQuery({ queryKey: ['evidence', 'verify'], queryFn: () => api.get<VerifyReport>('/api/evidence/verify'), enabled: false, retry: false });
}
