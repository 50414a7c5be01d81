import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../api/shapes.ts';
import type { CreditNoteInput, InvoiceDetail } from '../types/invoices.ts';
import { queryString, seg } from './query-string.ts';

export const INVOICES = ['invoices'] as const;

/** Query of GET /api/invoices (its limit is the hook's). */
export type InvoiceListFilter = Omit<QueryOf<'/api/invoices', 'get'>, 'limit'>;

/** GET /api/invoices (a client user: its own issued ones). */
export function useInvoices(filter: InvoiceListFilter = {}, enabled = true) {
  return useQuery({
    queryKey: [...INVOICES, 'list', filter],
    queryFn: () => api.get<ResponseOf<'/api/invoices', 'get'>>(`/api/invoices${queryString({ limit: 500, ...filter })}`),
    enabled,
  });
}

/** GET /api/invoices/:id: lines, credit notes, payments, decisions and evidence. */
export function useInvoice(id: string | undefined) {
  return useQuery({
    queryKey: [...INVOICES, 'detail', id],
    queryFn: () => api.get<InvoiceDetail>(`/api/invoices/${seg(id ?? '')}`),
    enabled: Boolean(id),
  });
}

/** Money owed changes everywhere at once: invoices, payments, statements, dunning, debit notes. */
export const MONEY_KEYS = [INVOICES, ['payments'], ['statements'], ['dunning'], ['debit-notes'], ['enforcement'], ['bank-imports'], ['billing-runs'], ['contracts']] as const;

/** A mutation after which every money view is reloaded. */
export function useMoneyMutation<V, R>(call: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => Promise.all(MONEY_KEYS.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

/** POST /api/invoices/from-contract: the draft of a contract event (art. 10.1). */
export function useInvoiceFromContract() {
  return useMoneyMutation((body: BodyOf<'/api/invoices/from-contract', 'post'>) => api.post<ResponseOf<'/api/invoices/from-contract', 'post'>>('/api/invoices/from-contract', body));
}

/** POST /api/invoices/:id/issue: number, due date, Factur-X PDF. */
export function useIssueInvoice() {
  return useMoneyMutation((id: string) => api.post<ResponseOf<'/api/invoices/{id}/issue', 'post'>>(`/api/invoices/${seg(id)}/issue`));
}

/** DELETE /api/invoices/:id (drafts only). */
export function useDeleteInvoice() {
  return useMoneyMutation((id: string) => api.delete<void>(`/api/invoices/${seg(id)}`));
}

/** POST /api/invoices/:id/credit-notes: a draft credit note correcting an issued invoice. */
export function useCreateCreditNote(invoiceId: string) {
  return useMoneyMutation((body: CreditNoteInput) => api.post<ResponseOf<'/api/invoices/{id}/credit-notes', 'post'>>(`/api/invoices/${seg(invoiceId)}/credit-notes`, body));
}

/** The Factur-X PDF of an issued invoice or credit note. */
export const invoicePdfUrl = (id: string) => `/api/invoices/${seg(id)}/pdf`;
