import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { BodyOf, ResponseOf } from '../api/shapes.ts';
import type { DunningDashboard, Enforcement, LadderStep } from '../types/collection.ts';
import { useMoneyMutation } from './invoices.ts';
import { queryString, seg } from './query-string.ts';

const DEBIT_NOTES = ['debit-notes'] as const;

/** GET /api/debit-notes (a client user: its own). */
export function useDebitNotes(filter: { clientId?: string } = {}, enabled = true) {
  return useQuery({
    queryKey: [...DEBIT_NOTES, 'list', filter],
    queryFn: () => api.get<ResponseOf<'/api/debit-notes', 'get'>>(`/api/debit-notes${queryString({ limit: 500, ...filter })}`),
    enabled,
  });
}

export function useDebitNote(id: string | undefined) {
  return useQuery({
    queryKey: [...DEBIT_NOTES, 'detail', id],
    queryFn: () => api.get<ResponseOf<'/api/debit-notes/{id}', 'get'>>(`/api/debit-notes/${seg(id ?? '')}`),
    enabled: Boolean(id),
  });
}

/** The debit notes of a client that claim charges of one invoice (their rows name it). */
export function useDebitNotesOfInvoice(clientId: string, invoiceId: string, enabled = true) {
  const list = useDebitNotes({ clientId }, enabled);
  const details = useQueries({
    queries: (list.data?.items ?? []).map((note) => ({
      queryKey: [...DEBIT_NOTES, 'detail', note.id],
      queryFn: () => api.get<ResponseOf<'/api/debit-notes/{id}', 'get'>>(`/api/debit-notes/${seg(note.id)}`),
    })),
  });
  const notes = details.flatMap((q) => (q.data && q.data.debitNote.rows.some((row) => row.invoiceId === invoiceId) ? [q.data.debitNote] : []));
  return { notes, isPending: list.isPending || details.some((q) => q.isPending), error: list.error ?? details.find((q) => q.error)?.error ?? null };
}

/** POST /api/debit-notes: claims what has accrued today on the client's late invoices (art. 10.3). */
export function useCreateDebitNote() {
  return useMoneyMutation((body: BodyOf<'/api/debit-notes', 'post'>) => api.post<ResponseOf<'/api/debit-notes', 'post'>>('/api/debit-notes', body));
}

/** POST /api/debit-notes/preview: what a debit note would claim today, before confirming (writes nothing). */
export function useDebitNotePreview(body: BodyOf<'/api/debit-notes/preview', 'post'>, enabled = true) {
  return useQuery({
    queryKey: [...DEBIT_NOTES, 'preview', body],
    queryFn: () => api.post<ResponseOf<'/api/debit-notes/preview', 'post'>>('/api/debit-notes/preview', body),
    enabled,
    retry: false,
    gcTime: 0,
  });
}

export const debitNotePdfUrl = (id: string) => `/api/debit-notes/${seg(id)}/pdf`;

/** GET /api/dunning: overdue invoices, their charges and dunning steps. */
/** GET /api/dunning; stepDue: only the invoices with a dunning step due and not done (the home dashboard's figure). */
export function useDunning(stepDue = false) {
  return useQuery({
    queryKey: ['dunning', 'dashboard', stepDue],
    queryFn: () => api.get<DunningDashboard>(`/api/dunning?limit=1000${stepDue ? '&stepDue=true' : ''}`),
  });
}

export function useDunningSteps() {
  return useQuery({ queryKey: ['dunning', 'steps'], queryFn: () => api.get<ResponseOf<'/api/dunning/steps', 'get'>>('/api/dunning/steps') });
}

export function useSaveDunningSteps() {
  return useMoneyMutation((steps: LadderStep[]) => api.put<ResponseOf<'/api/dunning/steps', 'put'>>('/api/dunning/steps', { steps }));
}

/** GET /api/clients/:id/enforcement: what art. 10.3 allows now against the client. */
export function useEnforcement(clientId: string, enabled = true) {
  return useQuery({ queryKey: ['enforcement', clientId], queryFn: () => api.get<Enforcement>(`/api/clients/${seg(clientId)}/enforcement`), enabled });
}

/** POST /api/contracts/:id/cancel-for-non-payment: a recorded decision, never automatic. */
export function useCancelForNonPayment() {
  return useMoneyMutation(({ contractId, reason }: { contractId: string } & BodyOf<'/api/contracts/{id}/cancel-for-non-payment', 'post'>) => api.post<ResponseOf<'/api/contracts/{id}/cancel-for-non-payment', 'post'>>(`/api/contracts/${seg(contractId)}/cancel-for-non-payment`, { reason }));
}

/** GET /api/billing-runs; refreshed every 2 s while a run is in progress. */
export function useBillingRuns() {
  return useQuery({
    queryKey: ['billing-runs', 'list'],
    queryFn: () => api.get<ResponseOf<'/api/billing-runs', 'get'>>('/api/billing-runs'),
    refetchInterval: (query) => (query.state.data?.items.some((run) => run.status === 'running') ? 2000 : false),
  });
}

/** POST /api/billing-runs {period}: bills the rents of a month, in the background (202). */
export function useStartBillingRun() {
  return useMoneyMutation((period: string) => api.post<ResponseOf<'/api/billing-runs', 'post'>>('/api/billing-runs', { period }));
}
