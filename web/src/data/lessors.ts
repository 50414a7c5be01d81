import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { ResponseOf } from '../api/shapes.ts';
import type { LessorChanges, LessorInput } from '../types/lessors.ts';
import { seg } from './query-string.ts';

const LESSORS = ['lessors'] as const;

/** GET /api/lessors: the financing partners (active or not), by name. */
export function useLessors(enabled = true) {
  return useQuery({ queryKey: LESSORS, queryFn: () => api.get<ResponseOf<'/api/lessors', 'get'>>('/api/lessors'), enabled, staleTime: 60_000 });
}

/** POST /api/lessors (order administration); the list is refetched afterwards. */
export function useCreateLessor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LessorInput) => api.post<ResponseOf<'/api/lessors', 'post'>>('/api/lessors', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: LESSORS }),
  });
}

/** PATCH /api/lessors/:id: identity changes, or deactivation / reactivation. */
export function useUpdateLessor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: LessorChanges }) => api.patch<ResponseOf<'/api/lessors/{id}', 'patch'>>(`/api/lessors/${seg(id)}`, changes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: LESSORS }),
  });
}
