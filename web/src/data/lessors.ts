import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { ItemList } from '../api-types.ts';
import type { Lessor, LessorChanges, LessorInput } from '../types/lessors.ts';
import { seg } from './query-string.ts';

const LESSORS = ['lessors'] as const;

/** GET /api/lessors: the financing partners (active or not), by name. */
export function useLessors(enabled = true) {
  return useQuery({ queryKey: LESSORS, queryFn: () => api.get<ItemList<Lessor>>('/api/lessors'), enabled, staleTime: 60_000 });
}

/** POST /api/lessors (order administration); the list is refetched afterwards. */
export function useCreateLessor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LessorInput) => api.post<{ lessor: Lessor }>('/api/lessors', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: LESSORS }),
  });
}

/** PATCH /api/lessors/:id: identity changes, or deactivation / reactivation. */
export function useUpdateLessor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: LessorChanges }) => api.patch<{ lessor: Lessor }>(`/api/lessors/${seg(id)}`, changes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: LESSORS }),
  });
}
