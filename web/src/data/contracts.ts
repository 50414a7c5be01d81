import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { BodyOf, ResponseOf } from '../api/shapes.ts';
import type { AssignmentInput, AssignmentResult, ContractDetail } from '../types/contracts.ts';
import { queryString, seg } from './query-string.ts';

const CONTRACTS = ['contracts'] as const;

/** GET /api/contracts (a client user: its own). */
export function useContracts(filter: { clientId?: string } = {}, enabled = true) {
  return useQuery({
    queryKey: [...CONTRACTS, 'list', filter],
    queryFn: () => api.get<ResponseOf<'/api/contracts', 'get'>>(`/api/contracts${queryString({ limit: 500, ...filter })}`),
    enabled,
  });
}

export function useContract(id: string | undefined) {
  return useQuery({
    queryKey: [...CONTRACTS, 'detail', id],
    queryFn: () => api.get<ContractDetail>(`/api/contracts/${seg(id ?? '')}`),
    enabled: Boolean(id),
  });
}

/** POST /api/contracts: issues the order acknowledgement, which forms the contract (art. 3.2). */
export function useFormContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/contracts', 'post'>) => api.post<ResponseOf<'/api/contracts', 'post'>>('/api/contracts', body),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: CONTRACTS }), queryClient.invalidateQueries({ queryKey: ['quotes'] })]),
  });
}

export function useSendAcknowledgement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<ResponseOf<'/api/contracts/{id}/send', 'post'>>(`/api/contracts/${seg(id)}/send`, {}),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: CONTRACTS }), queryClient.invalidateQueries({ queryKey: ['outbox'] })]),
  });
}

/** POST /api/contracts/:id/assignments; a refusal (409) is recorded too, so the contract is refetched either way. */
export function useRecordAssignment(contractId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignmentInput) => api.post<AssignmentResult>(`/api/contracts/${seg(contractId)}/assignments`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...CONTRACTS, 'detail', contractId] }),
  });
}

/** GET /api/licences?contractId=: the licences of the virtualized solutions (art. 8, 14). */
export function useLicences(contractId: string) {
  return useQuery({
    queryKey: [...CONTRACTS, 'licences', contractId],
    queryFn: () => api.get<ResponseOf<'/api/licences', 'get'>>(`/api/licences${queryString({ contractId })}`),
  });
}

/** POST /api/licences/:id/usage: above the licensed users, the usage is flagged (14.4). */
export function useRecordUsage(contractId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, usersCount, observedOn }: { id: string } & BodyOf<'/api/licences/{id}/usage', 'post'>) =>
      api.post<ResponseOf<'/api/licences/{id}/usage', 'post'>>(`/api/licences/${seg(id)}/usage`, observedOn ? { usersCount, observedOn } : { usersCount }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...CONTRACTS, 'licences', contractId] }),
  });
}

export const acknowledgementPdfUrl = (id: string) => `/api/contracts/${seg(id)}/pdf`;
/** A stored document of the evidence log (readers of the log only). */
export const evidenceDocumentUrl = (sha256: string) => `/api/evidence/documents/${seg(sha256)}`;
