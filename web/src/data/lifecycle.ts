/** The contract lifecycle (art. 15, 16), warranty claims, returns (art. 11.2, 12) and client obligations (13, 18, 21). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { BodyOf, ResponseOf } from '../api/shapes.ts';
import { queryString, seg } from './query-string.ts';

export type Lifecycle = ResponseOf<'/api/contracts/{id}/lifecycle', 'get'>;
export type WarrantyClaim = ResponseOf<'/api/warranty-claims/{id}', 'get'>;
export type ReturnRequest = ResponseOf<'/api/returns/{id}', 'get'>;
export type Obligations = ResponseOf<'/api/clients/{id}/obligations', 'get'>;

const LIFECYCLE = ['lifecycle'] as const;
const CLAIMS = ['claims'] as const;

export function useLifecycle(contractId: string) {
  return useQuery({
    queryKey: [...LIFECYCLE, contractId],
    queryFn: () => api.get<Lifecycle>(`/api/contracts/${seg(contractId)}/lifecycle`),
  });
}

/** `payload` keeps out of the body what goes in the URL (the API refuses unknown fields). */
function useLifecycleMutation<B>(
  contractId: string,
  url: (body: B) => string,
  payload: (body: B) => unknown = (body) => body,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api.post<unknown>(url(body), payload(body)),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: LIFECYCLE }),
        queryClient.invalidateQueries({ queryKey: ['contracts'] }),
      ]),
  });
}

export function useTerminate(contractId: string) {
  return useLifecycleMutation<BodyOf<'/api/contracts/{id}/terminate', 'post'>>(
    contractId,
    () => `/api/contracts/${seg(contractId)}/terminate`,
  );
}

export function useFormalNotice(contractId: string) {
  return useLifecycleMutation<BodyOf<'/api/contracts/{id}/formal-notices', 'post'>>(
    contractId,
    () => `/api/contracts/${seg(contractId)}/formal-notices`,
  );
}

export function useNoticeReceipt(contractId: string) {
  return useLifecycleMutation<{ noticeId: string; receivedOn: string }>(
    contractId,
    (b) => `/api/contracts/${seg(contractId)}/formal-notices/${seg(b.noticeId)}/receipt`,
    (b) => ({ receivedOn: b.receivedOn }),
  );
}

export function useForceMajeure(contractId: string) {
  return useLifecycleMutation<BodyOf<'/api/force-majeure-events', 'post'>>(contractId, () => '/api/force-majeure-events');
}

export const terminationPdfUrl = (contractId: string) => `/api/contracts/${seg(contractId)}/termination/pdf`;
export const noticePdfUrl = (contractId: string, noticeId: string) =>
  `/api/contracts/${seg(contractId)}/formal-notices/${seg(noticeId)}/pdf`;
export const warrantyPdfUrl = (id: string) => `/api/warranty-claims/${seg(id)}/pdf`;

export function useWarrantyClaims(contractId?: string) {
  return useQuery({
    queryKey: [...CLAIMS, 'warranty', contractId ?? null],
    queryFn: () =>
      api.get<ResponseOf<'/api/warranty-claims', 'get'>>(`/api/warranty-claims${queryString({ contractId })}`),
  });
}

export function useReturns(contractId?: string) {
  return useQuery({
    queryKey: [...CLAIMS, 'returns', contractId ?? null],
    queryFn: () => api.get<ResponseOf<'/api/returns', 'get'>>(`/api/returns${queryString({ contractId })}`),
  });
}

function useClaimsMutation<B>(url: (body: B) => string, payload: (body: B) => unknown = (b) => b) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api.post<unknown>(url(body), payload(body)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CLAIMS }),
  });
}

export const useFileWarrantyClaim = () =>
  useClaimsMutation<BodyOf<'/api/warranty-claims', 'post'>>(() => '/api/warranty-claims');
export const useRequestReturn = () => useClaimsMutation<BodyOf<'/api/returns', 'post'>>(() => '/api/returns');

export const useDecideWarranty = () =>
  useClaimsMutation<{ id: string; body: BodyOf<'/api/warranty-claims/{id}/decision', 'post'> }>(
    (b) => `/api/warranty-claims/${seg(b.id)}/decision`,
    (b) => b.body,
  );

/** One step of a return: decision, receipt, inspection, credit note. */
export const useReturnStep = () =>
  useClaimsMutation<{ id: string; step: 'decision' | 'receipt' | 'inspection' | 'credit-note'; body: unknown }>(
    (b) => `/api/returns/${seg(b.id)}/${b.step}`,
    (b) => b.body,
  );

export function useObligations(clientId: string) {
  return useQuery({
    queryKey: ['obligations', clientId],
    queryFn: () => api.get<Obligations>(`/api/clients/${seg(clientId)}/obligations`),
  });
}

export type Contestation = ResponseOf<'/api/contestations', 'get'>['items'][number];
export type ConfidentialItem = ResponseOf<'/api/contracts/{id}/confidential-items', 'get'>['items'][number];

/** The end of a contract (art. 15.1): end of the rental duration or of the services. */
export function useEndContract(contractId: string) {
  return useLifecycleMutation<BodyOf<'/api/contracts/{id}/end', 'post'>>(
    contractId,
    () => `/api/contracts/${seg(contractId)}/end`,
  );
}

/** The end of a force-majeure event (art. 16): obligations resume. */
export function useEndForceMajeure(contractId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (b: { eventId: string; endDate: string }) =>
      api.post<unknown>(`/api/force-majeure-events/${seg(b.eventId)}/end`, { endDate: b.endDate }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...LIFECYCLE, contractId] }),
        queryClient.invalidateQueries({ queryKey: ['contracts'] }),
      ]),
  });
}

/** The claims register (art. 11.3) of a contract. */
export function useContestations(contractId: string) {
  return useQuery({
    queryKey: [...CLAIMS, 'contestations', contractId],
    queryFn: () => api.get<ResponseOf<'/api/contestations', 'get'>>(`/api/contestations${queryString({ contractId })}`),
  });
}

export const useRecordContestation = () =>
  useClaimsMutation<BodyOf<'/api/contestations', 'post'>>(() => '/api/contestations');

/** The confidential information registered for a contract (art. 13). */
export function useContractConfidential(contractId: string) {
  return useQuery({
    queryKey: ['obligations', 'contract', contractId],
    queryFn: () =>
      api.get<ResponseOf<'/api/contracts/{id}/confidential-items', 'get'>>(
        `/api/contracts/${seg(contractId)}/confidential-items`,
      ),
  });
}

function useObligationMutation<B>(clientId: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api.post<unknown>(`/api/clients/${seg(clientId)}/${path}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['obligations'] }),
  });
}

export const useRecordDispute = (clientId: string) =>
  useObligationMutation<BodyOf<'/api/clients/{id}/disputes', 'post'>>(clientId, 'disputes');
export const useRecordHiring = (clientId: string) =>
  useObligationMutation<BodyOf<'/api/clients/{id}/solicitation-hirings', 'post'>>(clientId, 'solicitation-hirings');
export const useRecordConfidential = (clientId: string) =>
  useObligationMutation<BodyOf<'/api/clients/{id}/confidential-items', 'post'>>(clientId, 'confidential-items');
