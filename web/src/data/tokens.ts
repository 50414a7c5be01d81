import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { ItemList } from '../api-types.ts';

/** One bearer token as GET /api/tokens lists it (the secret itself is shown once, at creation). */
export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  /** null: created before tokens expired (no expiry). */
  expiresAt: string | null;
}

export interface CreatedToken {
  id: string;
  name: string;
  token: string;
  createdAt: string;
  expiresAt: string;
}

const TOKENS_KEY = ['tokens'] as const;

/** GET /api/tokens (an admin sees the organisation's, others their own). */
export function useTokens() {
  return useQuery({ queryKey: TOKENS_KEY, queryFn: () => api.get<ItemList<ApiToken>>('/api/tokens') });
}

/** POST /api/tokens with its life in days (the server's default: 365). */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; expiresInDays: number }) => api.post<CreatedToken>('/api/tokens', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

/** DELETE /api/tokens/:id: refused at once on every instance. */
export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<null>(`/api/tokens/${encodeURIComponent(id)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}
