import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { OutboxMessage, OutboxStatus, StaffNotification } from '../types/mail.ts';
import type { SendResult } from '../types/quotes.ts';
import { queryString, seg } from './query-string.ts';

export const OUTBOX = ['outbox'] as const;
export const NOTIFICATIONS = ['notifications'] as const;

/** A document e-mail's related object: what /api/outbox/of/:type/:id lists. */
export type RelatedType = 'quote' | 'contract' | 'invoice' | 'debit-note';

/** GET /api/outbox (administrators), refreshed while messages wait. */
export function useOutbox(status: OutboxStatus | undefined) {
  return useQuery({
    queryKey: [...OUTBOX, 'list', status ?? 'all'],
    queryFn: () => api.get<{ items: OutboxMessage[] }>(`/api/outbox${queryString({ limit: 200, ...(status ? { status } : {}) })}`),
    refetchInterval: (q) => (q.state.data?.items.some((m) => m.status === 'queued') ? 2000 : false),
  });
}

/** The e-mails of one document, polled every second while one of them is still queued. */
export function useMessagesOf(type: RelatedType, id: string, enabled = true) {
  return useQuery({
    queryKey: [...OUTBOX, 'of', type, id],
    queryFn: () => api.get<{ items: OutboxMessage[] }>(`/api/outbox/of/${seg(type)}/${seg(id)}`),
    enabled,
    refetchInterval: (q) => (q.state.data?.items.some((m) => m.status === 'queued') ? 1000 : false),
  });
}

function useOutboxMutation(action: 'retry' | 'cancel') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<OutboxMessage>(`/api/outbox/${seg(id)}/${action}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: OUTBOX }),
  });
}

export const useRetryMessage = () => useOutboxMutation('retry');
export const useCancelMessage = () => useOutboxMutation('cancel');

/** The .eml of a message, opened (downloaded) by the browser. */
export const outboxEmlUrl = (id: string) => `/api/outbox/${seg(id)}/eml`;

/** POST /api/<documents>/:id/send: the e-mail is queued; its status is followed in the outbox. */
export function useSendDocument(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: string[] | undefined) => api.post<SendResult>(path, to ? { to } : {}),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: OUTBOX }), queryClient.invalidateQueries({ queryKey: ['quotes'] }), queryClient.invalidateQueries({ queryKey: ['invoices'] })]),
  });
}

/** GET /api/notifications (the signed-in staff user), refreshed every 30 s. */
export function useNotifications(unread = false) {
  return useQuery({
    queryKey: [...NOTIFICATIONS, unread ? 'unread' : 'all'],
    queryFn: () => api.get<{ unread: number; items: StaffNotification[] }>(`/api/notifications${queryString({ limit: 100, ...(unread ? { unread: 'true' } : {}) })}`),
    refetchInterval: 30_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | null) => api.post<{ marked: number }>(id ? `/api/notifications/${seg(id)}/read` : '/api/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS }),
  });
}

export function useNotificationSettings() {
  return useQuery({ queryKey: [...NOTIFICATIONS, 'settings'], queryFn: () => api.get<{ emailOptIn: boolean }>('/api/notifications/settings') });
}

export function useSetNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (emailOptIn: boolean) => api.put<{ emailOptIn: boolean }>('/api/notifications/settings', { emailOptIn }),
    onSuccess: (data) => queryClient.setQueryData([...NOTIFICATIONS, 'settings'], data),
  });
}
