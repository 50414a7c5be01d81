import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { EcbRate, EcbRates } from '../api-types.ts';

/** GET /api/rates/ecb: the dated ECB main refinancing rates and the rule that picks one. */
export function useEcbRates() {
  return useQuery({ queryKey: ['rates', 'ecb'], queryFn: () => api.get<EcbRates>('/api/rates/ecb'), staleTime: 60_000 });
}

/**
 * The ECB rate that applies on `day`: under the semester rule, the rate in force on
 * 1 January or 1 July of that half-year; under `latest`, the most recent one on that day.
 */
export function applicableRate(items: readonly EcbRate[], rule: EcbRates['rule'], day: string): EcbRate | undefined {
  const reference = rule === 'semester' ? `${day.slice(0, 4)}-${day.slice(5, 7) <= '06' ? '01' : '07'}-01` : day;
  return items
    .filter((item) => item.effectiveFrom <= reference)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}
