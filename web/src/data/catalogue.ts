import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { ResponseOf } from '../api/shapes.ts';
import type { CatalogueFilter, CatalogueItem, CatalogueItemChanges, CatalogueItemInput } from '../types/catalogue.ts';
import { queryString, seg } from './query-string.ts';

const CATALOGUE = ['catalogue'] as const;

/** GET /api/catalogue with filters (kind, offer line, active, text). */
export function useCatalogue(filter: CatalogueFilter & { limit?: number }, enabled = true) {
  return useQuery({
    queryKey: [...CATALOGUE, 'list', filter],
    queryFn: () => api.get<ResponseOf<'/api/catalogue', 'get'>>(`/api/catalogue${queryString({ limit: 500, ...filter })}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/catalogue/:id (withdrawn items stay readable). */
export function useCatalogueItem(id: string | undefined) {
  return useQuery({
    queryKey: [...CATALOGUE, 'item', id],
    queryFn: async () => (await api.get<ResponseOf<'/api/catalogue/{id}', 'get'>>(`/api/catalogue/${seg(id ?? '')}`)).item,
    enabled: Boolean(id),
  });
}

function useItemMutation<V>(call: (vars: V) => Promise<{ item: CatalogueItem }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: ({ item }) => queryClient.setQueryData([...CATALOGUE, 'item', item.id], item),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...CATALOGUE, 'list'] }),
  });
}

/** POST /api/catalogue (admin). */
export function useCreateItem() {
  return useItemMutation((input: CatalogueItemInput) => api.post<ResponseOf<'/api/catalogue', 'post'>>('/api/catalogue', input));
}

/** PATCH /api/catalogue/:id (admin); quotes already written keep their prices (art. 9.1). */
export function useUpdateItem(id: string) {
  return useItemMutation((changes: CatalogueItemChanges) => api.patch<ResponseOf<'/api/catalogue/{id}', 'patch'>>(`/api/catalogue/${seg(id)}`, changes));
}

/** POST /api/catalogue/:id/deactivate or /reactivate (admin). */
export function useSetItemActive(id: string) {
  return useItemMutation((active: boolean) => api.post<ResponseOf<'/api/catalogue/{id}/reactivate', 'post'> | ResponseOf<'/api/catalogue/{id}/deactivate', 'post'>>(`/api/catalogue/${seg(id)}/${active ? 'reactivate' : 'deactivate'}`));
}

/** GET /api/vat-rates?date=: the rates in force on that day (art. 9.2); without a date, every period. */
export function useVatRates(date?: string) {
  return useQuery({
    queryKey: ['vat-rates', date],
    queryFn: () => api.get<ResponseOf<'/api/vat-rates', 'get'>>(`/api/vat-rates${queryString({ date })}`),
    staleTime: 5 * 60_000,
  });
}
