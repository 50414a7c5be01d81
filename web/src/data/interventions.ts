import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { BodyOf, ResponseOf } from '../api/shapes.ts';
import { queryString, seg } from './query-string.ts';

const KEY = ['interventions'] as const;

export type Intervention = ResponseOf<'/api/interventions', 'get'>['items'][number];
export type InterventionDetail = ResponseOf<'/api/interventions/{id}', 'get'>;
export type SlotCheck = ResponseOf<'/api/interventions/preview', 'post'>['slot'];
export type CancelPreview = ResponseOf<'/api/interventions/{id}/cancellation', 'get'>;
export type BoardItem = ResponseOf<'/api/interventions/board', 'get'>['items'][number];
export type Technician = ResponseOf<'/api/technicians', 'get'>['items'][number];
export type TicketAccount = ResponseOf<'/api/clients/{id}/tickets', 'get'>;

/** GET /api/interventions: a period of the planning board (a client user: its own). */
export function useInterventions(
  filter: {
    from?: string;
    to?: string;
    technicianId?: string;
    clientId?: string;
    status?: string;
    confirmation?: string;
  },
  enabled = true,
) {
  return useQuery({
    queryKey: [...KEY, 'list', filter],
    queryFn: () => api.get<ResponseOf<'/api/interventions', 'get'>>(`/api/interventions${queryString(filter)}`),
    enabled,
  });
}

/** GET /api/interventions/board: the planning board's period (only what the board draws). */
export function useBoard(filter: { from: string; to: string }) {
  return useQuery({
    queryKey: [...KEY, 'board', filter],
    queryFn: () => api.get<ResponseOf<'/api/interventions/board', 'get'>>(`/api/interventions/board${queryString(filter)}`),
  });
}

export function useIntervention(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'detail', id],
    queryFn: () => api.get<InterventionDetail>(`/api/interventions/${seg(id ?? '')}`),
    enabled: Boolean(id),
  });
}

export function useTechnicians(enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'technicians'],
    queryFn: () => api.get<ResponseOf<'/api/technicians', 'get'>>('/api/technicians'),
    enabled,
  });
}

export function useTicketAccount(clientId: string | null | undefined) {
  return useQuery({
    queryKey: [...KEY, 'tickets', clientId],
    queryFn: () => api.get<TicketAccount>(`/api/clients/${seg(clientId ?? '')}/tickets`),
    enabled: Boolean(clientId),
  });
}

/** Mutations of the module; every one refreshes what the board and the detail show. */
function useInterventionMutation<TVars, TOut>(fn: (vars: TVars) => Promise<TOut>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: KEY }), queryClient.invalidateQueries({ queryKey: ['invoices'] })]),
  });
}

export const previewSlot = (body: BodyOf<'/api/interventions/preview', 'post'>) =>
  api.post<ResponseOf<'/api/interventions/preview', 'post'>>('/api/interventions/preview', body);

export const previewCancellation = (id: string, kind: 'cancel' | 'postpone') =>
  api.get<CancelPreview>(`/api/interventions/${seg(id)}/cancellation${queryString({ kind })}`);

export function useSchedule() {
  return useInterventionMutation((body: BodyOf<'/api/interventions', 'post'>) =>
    api.post<ResponseOf<'/api/interventions', 'post'>>('/api/interventions', body),
  );
}

export function useMove() {
  return useInterventionMutation(({ id, body }: { id: string; body: BodyOf<'/api/interventions/{id}/move', 'post'> }) =>
    api.post<ResponseOf<'/api/interventions/{id}/move', 'post'>>(`/api/interventions/${seg(id)}/move`, body),
  );
}

export function useConfirm() {
  return useInterventionMutation((id: string) =>
    api.post<ResponseOf<'/api/interventions/{id}/confirm', 'post'>>(`/api/interventions/${seg(id)}/confirm`, {}),
  );
}

export function useCancel() {
  return useInterventionMutation(({ id, body }: { id: string; body: BodyOf<'/api/interventions/{id}/cancel', 'post'> }) =>
    api.post<ResponseOf<'/api/interventions/{id}/cancel', 'post'>>(`/api/interventions/${seg(id)}/cancel`, body),
  );
}

export function useRecordDelay() {
  return useInterventionMutation(({ id, body }: { id: string; body: BodyOf<'/api/interventions/{id}/delays', 'post'> }) =>
    api.post<ResponseOf<'/api/interventions/{id}/delays', 'post'>>(`/api/interventions/${seg(id)}/delays`, body),
  );
}

export function useComplete() {
  return useInterventionMutation(({ id, body }: { id: string; body: BodyOf<'/api/interventions/{id}/complete', 'post'> }) =>
    api.post<ResponseOf<'/api/interventions/{id}/complete', 'post'>>(`/api/interventions/${seg(id)}/complete`, body),
  );
}

export function useSign() {
  return useInterventionMutation(({ id, signatoryName }: { id: string; signatoryName: string }) =>
    api.post<ResponseOf<'/api/interventions/{id}/sign', 'post'>>(`/api/interventions/${seg(id)}/sign`, { signatoryName }),
  );
}

export function useReceive() {
  return useInterventionMutation((id: string) =>
    api.post<ResponseOf<'/api/interventions/{id}/receive', 'post'>>(`/api/interventions/${seg(id)}/receive`, {}),
  );
}

export const reportPdfUrl = (id: string) => `/api/interventions/${seg(id)}/report.pdf`;

export function useBuyTickets(clientId: string) {
  return useInterventionMutation((body: BodyOf<'/api/clients/{id}/tickets', 'post'>) =>
    api.post<ResponseOf<'/api/clients/{id}/tickets', 'post'>>(`/api/clients/${seg(clientId)}/tickets`, body),
  );
}

/** A new secret URL of a technician's iCalendar feed (the previous one stops working), or its revocation. */
export function useFeed() {
  return useInterventionMutation(({ technicianId, revoke }: { technicianId: string; revoke: boolean }) =>
    revoke
      ? api.delete<null>(`/api/technicians/${seg(technicianId)}/feed`)
      : api.post<ResponseOf<'/api/technicians/{id}/feed', 'post'>>(`/api/technicians/${seg(technicianId)}/feed`, {}),
  );
}

export type TechnicianCandidate = ResponseOf<'/api/technicians/candidates', 'get'>['items'][number];

/** Staff users with the technician role not yet on the planning (admin, order administration). */
export function useTechnicianCandidates(enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'technician-candidates'],
    queryFn: () => api.get<ResponseOf<'/api/technicians/candidates', 'get'>>('/api/technicians/candidates'),
    enabled,
  });
}

export function useCreateTechnician() {
  return useInterventionMutation((body: BodyOf<'/api/technicians', 'post'>) =>
    api.post<ResponseOf<'/api/technicians', 'post'>>('/api/technicians', body),
  );
}

export function useUpdateTechnician() {
  return useInterventionMutation(({ id, body }: { id: string; body: BodyOf<'/api/technicians/{id}', 'patch'> }) =>
    api.patch<ResponseOf<'/api/technicians/{id}', 'patch'>>(`/api/technicians/${seg(id)}`, body),
  );
}

/** PUT the technician's week (null: back to ALLEO's hours, art. 6.9). */
export function useSetTechnicianHours() {
  return useInterventionMutation(({ id, body }: { id: string; body: BodyOf<'/api/technicians/{id}/hours', 'put'> }) =>
    api.put<ResponseOf<'/api/technicians/{id}/hours', 'put'>>(`/api/technicians/${seg(id)}/hours`, body),
  );
}
