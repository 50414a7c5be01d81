import { createContext, useContext } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from '../api.ts';
import type { Role, Session } from '../api-types.ts';
import type { BodyOf } from '../api/shapes.ts';

export const SESSION_KEY = ['session'] as const;

/** GET /api/me: the session, or null when signed out (401). */
async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>('/api/me');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** Loads (once, then cached) the current session. */
export function useSessionQuery() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity });
}

/** Forgets the session locally (after logout or when the server answers 401). */
export function dropSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  queryClient.setQueryData(SESSION_KEY, null);
}

/** Body of POST /api/auth/login. */
export type Credentials = BodyOf<'/api/auth/login', 'post'>;

/** POST /api/auth/login; on success the session is cached and the CSRF token kept. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['login'],
    mutationFn: (credentials: Credentials) => api.post<Session>('/api/auth/login', credentials),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(SESSION_KEY, session);
    },
  });
}

/** POST /api/auth/logout; the local session is dropped whatever the answer. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSettled: () => dropSession(queryClient),
  });
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in session; only inside the authenticated routes. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside an authenticated route');
  return session;
}

/** Where a user lands after signing in. */
export function homePath(role: Role): string {
  return role === 'client' ? '/portal' : '/';
}
