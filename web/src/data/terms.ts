import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { TermsArticle, TermsDetail, TermsSummary } from '../api-types.ts';
import type { ResponseOf } from '../api/shapes.ts';

/** GET /api/terms: every terms version. */
export function useTermsList(enabled = true) {
  return useQuery({
    queryKey: ['terms'],
    queryFn: () => api.get<ResponseOf<'/api/terms', 'get'>>('/api/terms'),
    enabled,
    staleTime: 60_000,
  });
}

/** GET /api/terms/:version: parameters and articles of one version. */
export function useTermsDetail(version: string | undefined) {
  return useQuery({
    queryKey: ['terms', version],
    queryFn: () => api.get<TermsDetail>(`/api/terms/${encodeURIComponent(version ?? '')}`),
    enabled: Boolean(version),
    staleTime: 60_000,
  });
}

/** The published version in force on `day` (latest effective date not after it). */
export function versionInForce(items: readonly TermsSummary[], day: string): TermsSummary | undefined {
  return items
    .filter((item) => item.status === 'published' && item.effectiveFrom <= day)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

/** The article numbered `number`, else its closest parent ("10.3" → "10"). */
export function findArticle(articles: readonly TermsArticle[], number: string): TermsArticle | undefined {
  const wanted = number.replace(/\.$/, '');
  for (let candidate = wanted; candidate; candidate = candidate.includes('.') ? candidate.slice(0, candidate.lastIndexOf('.')) : '') {
    const found = articles.find((article) => article.number.replace(/\.$/, '') === candidate);
    if (found) return found;
  }
  return undefined;
}
