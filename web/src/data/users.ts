import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { ClientSummary, ItemList, Role, UserRow } from '../api-types.ts';

const USERS_KEY = ['users'] as const;

/** GET /api/users (admin). */
export function useUsers() {
  return useQuery({ queryKey: USERS_KEY, queryFn: () => api.get<ItemList<UserRow>>('/api/users') });
}

/** GET /api/clients, loaded only when a client must be chosen. */
export function useClients(enabled: boolean) {
  return useQuery({
    queryKey: ['clients'],
    queryFn: () => api.get<ItemList<ClientSummary>>('/api/clients'),
    enabled,
    staleTime: 60_000,
  });
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  clientId?: string;
}

export interface UserChanges {
  name?: string;
  role?: Role;
  clientId?: string | null;
  disabled?: boolean;
}

/** POST /api/users; the list is refetched afterwards. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => api.post<{ user: UserRow }>('/api/users', user),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

/** PATCH /api/users/:id; the list is refetched afterwards. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UserChanges }) =>
      api.patch<{ user: UserRow }>(`/api/users/${encodeURIComponent(id)}`, changes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
