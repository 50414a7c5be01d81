import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { BodyOf, ResponseOf } from '../api/shapes.ts';

const USERS_KEY = ['users'] as const;

/** GET /api/clients, loaded only when a client must be chosen. */
export function useClients(enabled: boolean) {
  return useQuery({
    queryKey: ['clients'],
    queryFn: () => api.get<ResponseOf<'/api/clients', 'get'>>('/api/clients'),
    enabled,
    staleTime: 60_000,
  });
}

/** Body of POST /api/users. */
export type NewUser = BodyOf<'/api/users', 'post'>;

/** Body of PATCH /api/users/:id: only what changes. */
export type UserChanges = BodyOf<'/api/users/{id}', 'patch'>;

/** POST /api/users; the list is refetched afterwards. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => api.post<ResponseOf<'/api/users', 'post'>>('/api/users', user),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

/** PATCH /api/users/:id; the list is refetched afterwards. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UserChanges }) =>
      api.patch<ResponseOf<'/api/users/{id}', 'patch'>>(`/api/users/${encodeURIComponent(id)}`, changes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
