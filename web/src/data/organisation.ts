import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { Session } from '../api-types.ts';
import { SESSION_KEY } from '../auth/session.ts';
import type { ResponseOf } from '../api/shapes.ts';
import type { OrganisationChanges } from '../types/organisation.ts';

const ORGANISATION = ['organisation'] as const;

/** GET /api/organisation: the company's identity printed on every document (staff). */
export function useOrganisation() {
  return useQuery({ queryKey: ORGANISATION, queryFn: () => api.get<ResponseOf<'/api/organisation', 'get'>>('/api/organisation'), staleTime: 60_000 });
}

/** PATCH /api/organisation (administrators): a new version of the identity, in force from now. */
export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: OrganisationChanges) => api.patch<ResponseOf<'/api/organisation', 'patch'>>('/api/organisation', changes),
    onSuccess: (data) => {
      queryClient.setQueryData(ORGANISATION, data);
      // The header shows the company's name from the session.
      queryClient.setQueryData<Session | null>(SESSION_KEY, (session) => (session ? { ...session, organisation: { ...session.organisation, name: data.organisation.name } } : session));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ORGANISATION }),
  });
}
