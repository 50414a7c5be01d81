import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../api/shapes.ts';
import type { ClientDetail, ClientInput, ContactInput } from '../types/clients.ts';
import { queryString, seg } from './query-string.ts';

const CLIENTS = ['clients'] as const;

/** Query of GET /api/clients. */
export type ClientListFilter = QueryOf<'/api/clients', 'get'>;

/** GET /api/clients (search by name, SIREN or SIRET; paged). */
export function useClientList(filter: ClientListFilter) {
  return useQuery({
    queryKey: [...CLIENTS, 'list', filter],
    queryFn: () => api.get<ResponseOf<'/api/clients', 'get'>>(`/api/clients${queryString({ limit: 100, ...filter })}`),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/clients/:id. */
export function useClient(id: string | undefined) {
  return useQuery({
    queryKey: [...CLIENTS, 'detail', id],
    queryFn: async () => (await api.get<ResponseOf<'/api/clients/{id}', 'get'>>(`/api/clients/${seg(id ?? '')}`)).client,
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
  return useClientMutation((input: ClientInput) => api.post<ResponseOf<'/api/clients', 'post'>>('/api/clients', input));
}

export function useUpdateClient(id: string) {
  return useClientMutation((changes: BodyOf<'/api/clients/{id}', 'patch'>) => api.patch<ResponseOf<'/api/clients/{id}', 'patch'>>(`/api/clients/${seg(id)}`, changes));
}

export function useSetCorrespondent(id: string) {
  return useClientMutation((contactId: string | null) => api.put<ResponseOf<'/api/clients/{id}/correspondent', 'put'>>(`/api/clients/${seg(id)}/correspondent`, { contactId }));
}

export function useChangeFinancialStatus(id: string) {
  return useClientMutation((body: BodyOf<'/api/clients/{id}/financial-status', 'post'>) => api.post<ResponseOf<'/api/clients/{id}/financial-status', 'post'>>(`/api/clients/${seg(id)}/financial-status`, body));
}

export function useSaveContact(clientId: string) {
  return useClientMutation(({ contactId, contact }: { contactId?: string; contact: ContactInput }) => {
    if (!contactId) return api.post<ResponseOf<'/api/clients/{id}/contacts', 'post'>>(`/api/clients/${seg(clientId)}/contacts`, contact);
    const { correspondent: _ignored, ...changes } = contact;
    return api.patch<ResponseOf<'/api/clients/{id}/contacts/{contactId}', 'patch'>>(`/api/clients/${seg(clientId)}/contacts/${seg(contactId)}`, changes);
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
