import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { BodyOf, ItemOf, ResponseOf } from '../api/shapes.ts';

export type RetentionRow = ItemOf<ResponseOf<'/api/privacy/retention', 'get'>>;
export type PrivacyRequest = ItemOf<ResponseOf<'/api/privacy/requests', 'get'>>;
export type SubProcessor = ItemOf<ResponseOf<'/api/privacy/sub-processors', 'get'>>;
export type Breach = ItemOf<ResponseOf<'/api/privacy/breaches', 'get'>>;
export type Audit = ItemOf<ResponseOf<'/api/privacy/audits', 'get'>>;
export type ReturnTask = ItemOf<ResponseOf<'/api/privacy/return-tasks', 'get'>>;
export type RequestKind = PrivacyRequest['kind'];

export const REQUEST_KINDS: readonly RequestKind[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'post-mortem',
];

const KEY = ['privacy'] as const;

/** GET /api/privacy/retention: the retention calendar (art. 17.2). */
export function useRetention() {
  return useQuery({
    queryKey: [...KEY, 'retention'],
    queryFn: () => api.get<ResponseOf<'/api/privacy/retention', 'get'>>('/api/privacy/retention'),
  });
}

/** GET /api/privacy/requests (dueSoon: the open ones due within 7 days). */
export function usePrivacyRequests(dueSoon = false) {
  return useQuery({
    queryKey: [...KEY, 'requests', dueSoon],
    queryFn: () =>
      api.get<ResponseOf<'/api/privacy/requests', 'get'>>(`/api/privacy/requests${dueSoon ? '?dueSoon=true' : ''}`),
  });
}

export function useSubProcessors() {
  return useQuery({
    queryKey: [...KEY, 'sub-processors'],
    queryFn: () => api.get<ResponseOf<'/api/privacy/sub-processors', 'get'>>('/api/privacy/sub-processors'),
  });
}

export function useBreaches() {
  return useQuery({
    queryKey: [...KEY, 'breaches'],
    queryFn: () => api.get<ResponseOf<'/api/privacy/breaches', 'get'>>('/api/privacy/breaches'),
  });
}

export function useAudits() {
  return useQuery({
    queryKey: [...KEY, 'audits'],
    queryFn: () => api.get<ResponseOf<'/api/privacy/audits', 'get'>>('/api/privacy/audits'),
  });
}

export function useReturnTasks() {
  return useQuery({
    queryKey: [...KEY, 'return-tasks'],
    queryFn: () => api.get<ResponseOf<'/api/privacy/return-tasks', 'get'>>('/api/privacy/return-tasks'),
  });
}

function useInvalidating<A>(fn: (a: A) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

/** POST /api/privacy/requests: a request received by e-mail or letter. */
export function useRecordRequest() {
  return useInvalidating((body: BodyOf<'/api/privacy/requests', 'post'>) => api.post('/api/privacy/requests', body));
}

export function useSetIdentity() {
  return useInvalidating((a: { id: string; status: 'verified' | 'failed' }) =>
    api.post(`/api/privacy/requests/${encodeURIComponent(a.id)}/identity`, { status: a.status }),
  );
}

export type Rectification = NonNullable<BodyOf<'/api/privacy/requests/{id}/answer', 'post'>['rectification']>;

/** Answers a request; a rectification answered carries the corrected values (ADR 0021). */
export function useAnswerRequest() {
  return useInvalidating(
    (a: { id: string; outcome: 'answered' | 'refused'; answer: string; rectification?: Rectification }) =>
      api.post(`/api/privacy/requests/${encodeURIComponent(a.id)}/answer`, {
        outcome: a.outcome,
        answer: a.answer,
        ...(a.rectification ? { rectification: a.rectification } : {}),
      }),
  );
}

export function useExtendRequest() {
  return useInvalidating((a: { id: string; reason: string }) =>
    api.post(`/api/privacy/requests/${encodeURIComponent(a.id)}/extend`, { reason: a.reason }),
  );
}

/** Portal: the signed-in user's own requests. */
export function useMyPrivacyRequests() {
  return useQuery({
    queryKey: [...KEY, 'mine'],
    queryFn: () => api.get<ResponseOf<'/api/portal/privacy/requests', 'get'>>('/api/portal/privacy/requests'),
  });
}

export function useMakePortalRequest() {
  return useInvalidating((body: BodyOf<'/api/portal/privacy/requests', 'post'>) =>
    api.post('/api/portal/privacy/requests', body),
  );
}

// As processor (annex): the forms of the Privacy page.

/** POST /api/privacy/sub-processors: add one, or replace one (replacesId); the affected clients get the notice. */
export function useAddSubProcessor() {
  return useInvalidating((body: BodyOf<'/api/privacy/sub-processors', 'post'>) =>
    api.post('/api/privacy/sub-processors', body),
  );
}

export function useRecordBreach() {
  return useInvalidating((body: BodyOf<'/api/privacy/breaches', 'post'>) => api.post('/api/privacy/breaches', body));
}

export function useNotifyBreachClients() {
  return useInvalidating((id: string) =>
    api.post(`/api/privacy/breaches/${encodeURIComponent(id)}/notify-clients`, {}),
  );
}

export function useRecordCnil() {
  return useInvalidating((a: { id: string; notifiedAt: string }) =>
    api.post(`/api/privacy/breaches/${encodeURIComponent(a.id)}/cnil`, { notifiedAt: a.notifiedAt }),
  );
}

export function useRequestAudit() {
  return useInvalidating((body: BodyOf<'/api/privacy/audits', 'post'>) => api.post('/api/privacy/audits', body));
}

export function useStoreAuditReport() {
  return useInvalidating((a: { id: string; report: BodyOf<'/api/privacy/audits/{id}/report', 'post'>['report'] }) =>
    api.post(`/api/privacy/audits/${encodeURIComponent(a.id)}/report`, { report: a.report }),
  );
}

export function useOpenReturnTask() {
  return useInvalidating((body: BodyOf<'/api/privacy/return-tasks', 'post'>) =>
    api.post('/api/privacy/return-tasks', body),
  );
}

/** The data returned, then destroyed (the certificate is drawn at destruction). */
export function useReturnStep() {
  return useInvalidating((a: { id: string; step: 'returned' | 'destroyed'; on: string }) =>
    api.post(`/api/privacy/return-tasks/${encodeURIComponent(a.id)}/${a.step}`, { on: a.on }),
  );
}

/** PUT /api/privacy/clients/:id/relationship-end: override the derived end with a reason (null: back to derived). */
export function useOverrideRelationshipEnd() {
  return useInvalidating((a: { clientId: string; endedOn: string | null; reason: string }) =>
    api.put(`/api/privacy/clients/${encodeURIComponent(a.clientId)}/relationship-end`, {
      endedOn: a.endedOn,
      reason: a.reason,
    }),
  );
}

/** GET /api/privacy/settings: how long login failures (e-mail, IP) are kept. */
export function usePrivacySettings() {
  return useQuery({
    queryKey: [...KEY, 'settings'],
    queryFn: () => api.get<ResponseOf<'/api/privacy/settings', 'get'>>('/api/privacy/settings'),
  });
}

export function useSetPrivacySettings() {
  return useInvalidating((connectionLogRetentionDays: number) =>
    api.put('/api/privacy/settings', { connectionLogRetentionDays }),
  );
}

/** POST /api/privacy/requests/:id/lift: lift a restriction in force; the letter telling the person is evidence. */
export function useLiftRestriction() {
  return useInvalidating((a: { id: string; reason: string }) =>
    api.post(`/api/privacy/requests/${encodeURIComponent(a.id)}/lift`, { reason: a.reason }),
  );
}
