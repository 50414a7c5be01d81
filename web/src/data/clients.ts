import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { ClientDetail, ClientInput, ClientRow, Contact, ContactInput, FinancialStatus, Page } from '../types/clients.ts';
import { queryString, seg } from './query-string.ts';

const CLIENTS = ['clients'] as const;

export interface ClientListFilter {
  q?: string;
  financialStatus?: FinancialStatus;
  limit?: number;
  offset?: number;
}

/** GET /api/clients (search by name, SIREN or SIRET; paged). */
export function useClientList(filter: ClientListFilter) {
  return useQuery({
    queryKey: [...CLIENTS, 'list', filter],
    queryFn: () => api.get<Page<ClientRow>>(`/api/clients${queryString({ limit: 100, ...filter })}`),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/clients/:id. */
export function useClient(id: string | undefined) {
  return useQuery({
    queryKey: [...CLIENTS, 'detail', id],
    queryFn: async () => (await api.get<{ client: ClientDetail }>(`/api/clients/${seg(id ?? '')}`)).client,
    enabled: Boolean(id),
  });
}

/** Every change answers the updated client: the cache takes it, lists are refetched. */
function useClientMutation<V>(call: (vars: V) => Promise<{ client: ClientDetail }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: ({ client }) => queryClient.setQueryData([...CLIENTS, 'detail', client.id], client),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...CLIENTS, 'list'] }),
  });
}

export function useCreateClient() {
  return useClientMutation((input: ClientInput) => api.post<{ client: ClientDetail }>('/api/clients', input));
}

export function useUpdateClient(id: string) {
  return useClientMutation((changes: Partial<ClientInput>) => api.patch<{ client: ClientDetail }>(`/api/clients/${seg(id)}`, changes));
}

export function useSetCorrespondent(id: string) {
  return useClientMutation((contactId: string | null) => api.put<{ client: ClientDetail }>(`/api/clients/${seg(id)}/correspondent`, { contactId }));
}

export function useChangeFinancialStatus(id: string) {
  return useClientMutation((body: { status: FinancialStatus; reason: string }) => api.post<{ client: ClientDetail }>(`/api/clients/${seg(id)}/financial-status`, body));
}

export function useSaveContact(clientId: string) {
  return useClientMutation(({ contactId, contact }: { contactId?: string; contact: ContactInput }) => {
    if (!contactId) return api.post<{ contact: Contact; client: ClientDetail }>(`/api/clients/${seg(clientId)}/contacts`, contact);
    const { correspondent: _ignored, ...changes } = contact;
    return api.patch<{ contact: Contact; client: ClientDetail }>(`/api/clients/${seg(clientId)}/contacts/${seg(contactId)}`, changes);
  });
}

/** DELETE a contact (204), then the client is reloaded. */
export function useRemoveContact(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) => api.delete<void>(`/api/clients/${seg(clientId)}/contacts/${seg(contactId)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CLIENTS }),
  });
}
