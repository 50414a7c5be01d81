/** Deliveries, the equipment register and rentals (art. 4, 5, 7, 15.3). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiPostForBlob } from '../api.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../api/shapes.ts';
import { queryString, seg } from './query-string.ts';

const EQUIPMENT = ['equipment'] as const;

export type Delivery = ResponseOf<'/api/deliveries/{id}', 'get'>['delivery'];
export type Unit = ResponseOf<'/api/equipment/{id}', 'get'>['unit'];
export type Rental = ResponseOf<'/api/rentals/{id}', 'get'>['rental'];
export type RegisterFilter = Partial<QueryOf<'/api/equipment', 'get'>>;

export function useDeliveries(filter: { contractId?: string; clientId?: string } = {}) {
  return useQuery({
    queryKey: [...EQUIPMENT, 'deliveries', filter],
    queryFn: () => api.get<ResponseOf<'/api/deliveries', 'get'>>(`/api/deliveries${queryString({ limit: 500, ...filter })}`),
  });
}

export function useRegister(filter: RegisterFilter) {
  return useQuery({
    queryKey: [...EQUIPMENT, 'register', filter],
    queryFn: () => api.get<ResponseOf<'/api/equipment', 'get'>>(`/api/equipment${queryString({ limit: 500, ...filter })}`),
  });
}

export function useRental(contractId: string | undefined) {
  return useQuery({
    queryKey: [...EQUIPMENT, 'rental', contractId],
    queryFn: () => api.get<ResponseOf<'/api/rentals/{id}', 'get'>>(`/api/rentals/${seg(contractId ?? '')}`),
    enabled: Boolean(contractId),
  });
}

function useEquipmentMutation<B, R>(call: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: EQUIPMENT }), queryClient.invalidateQueries({ queryKey: ['invoices'] })]),
  });
}

export function useCreateDelivery() {
  return useEquipmentMutation((body: BodyOf<'/api/deliveries', 'post'>) =>
    api.post<ResponseOf<'/api/deliveries', 'post'>>('/api/deliveries', body),
  );
}

export function useSignDelivery(id: string) {
  return useEquipmentMutation((body: BodyOf<'/api/deliveries/{id}/sign', 'post'>) =>
    api.post<ResponseOf<'/api/deliveries/{id}/sign', 'post'>>(`/api/deliveries/${seg(id)}/sign`, body),
  );
}

export function useRecordReservation(id: string) {
  return useEquipmentMutation((body: BodyOf<'/api/deliveries/{id}/reservations', 'post'>) =>
    api.post<ResponseOf<'/api/deliveries/{id}/reservations', 'post'>>(`/api/deliveries/${seg(id)}/reservations`, body),
  );
}

export function useUploadInsurance(contractId: string) {
  return useEquipmentMutation((body: BodyOf<'/api/rentals/{id}/insurance', 'post'>) =>
    api.post<ResponseOf<'/api/rentals/{id}/insurance', 'post'>>(`/api/rentals/${seg(contractId)}/insurance`, body),
  );
}

export function useReportIncident() {
  return useEquipmentMutation((body: BodyOf<'/api/rentals/incidents', 'post'>) =>
    api.post<ResponseOf<'/api/rentals/incidents', 'post'>>('/api/rentals/incidents', body),
  );
}

export function useReturnEquipment() {
  return useEquipmentMutation((body: BodyOf<'/api/rental-returns', 'post'>) =>
    api.post<ResponseOf<'/api/rental-returns', 'post'>>('/api/rental-returns', body),
  );
}

export function deliveryNoteUrl(id: string): string {
  return `/api/deliveries/${seg(id)}/pdf`;
}

export type DeliveryProgress = ResponseOf<'/api/deliveries/progress', 'get'>['items'][number];

/** GET /api/rentals: the rental contracts; insurance=missing: those without a valid all-risk certificate. */
export function useRentalContracts(filter: { insurance?: 'missing' }, enabled = true) {
  return useQuery({
    queryKey: [...EQUIPMENT, 'rentals', filter],
    queryFn: () => api.get<ResponseOf<'/api/rentals', 'get'>>(`/api/rentals${queryString({ limit: 500, ...filter })}`),
    enabled,
  });
}

export function useDeliveryProgress(filter: { clientId?: string; state?: 'to-do' } = {}) {
  return useQuery({
    queryKey: [...EQUIPMENT, 'progress', filter],
    queryFn: () =>
      api.get<ResponseOf<'/api/deliveries/progress', 'get'>>(`/api/deliveries/progress${queryString({ limit: 500, ...filter })}`),
  });
}

export function useConfirmReservation(id: string) {
  return useEquipmentMutation((body: BodyOf<'/api/deliveries/{id}/reservations/confirmation', 'post'>) =>
    api.post<ResponseOf<'/api/deliveries/{id}/reservations/confirmation', 'post'>>(
      `/api/deliveries/${seg(id)}/reservations/confirmation`,
      body,
    ),
  );
}

export function useInvoiceMisuse(incidentId: string) {
  return useEquipmentMutation((body: BodyOf<'/api/rentals/incidents/{id}/misuse', 'post'>) =>
    api.post<ResponseOf<'/api/rentals/incidents/{id}/misuse', 'post'>>(`/api/rentals/incidents/${seg(incidentId)}/misuse`, body),
  );
}

/** The return instructions letter (art. 15.3) as a PDF, opened in a new tab. */
export function useReturnInstructions(contractId: string) {
  return useMutation({
    mutationFn: (body: BodyOf<'/api/rentals/{id}/return-instructions', 'post'>) =>
      apiPostForBlob(`/api/rentals/${seg(contractId)}/return-instructions`, body),
  });
}
