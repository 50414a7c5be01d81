import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { ResponseOf } from '../api/shapes.ts';

export type Dashboard = ResponseOf<'/api/dashboard', 'get'>;

/** GET /api/dashboard: what to do today for the signed-in role (refetched every minute). */
export function useDashboard() {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: () => api.get<Dashboard>('/api/dashboard'),
    refetchInterval: 60_000,
  });
}
