import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { BodyOf, ResponseOf } from '../api/shapes.ts';
import type { AcceptanceResult, QuoteDetail, QuoteInput, QuoteStatus, RentalFile, SendResult } from '../types/quotes.ts';
import { queryString, seg } from './query-string.ts';

export const QUOTES = ['quotes'] as const;

/** GET /api/quotes (a client user gets its own, drafts excluded). */
export function useQuotes(filter: { status?: QuoteStatus; clientId?: string } = {}, enabled = true) {
  return useQuery({
    queryKey: [...QUOTES, 'list', filter],
    queryFn: () => api.get<ResponseOf<'/api/quotes', 'get'>>(`/api/quotes${queryString({ limit: 500, ...filter })}`),
    enabled,
  });
}

/** GET /api/quotes/:id: the quote, its decisions and (staff) its evidence. */
export function useQuote(id: string | undefined) {
  return useQuery({
    queryKey: [...QUOTES, 'detail', id],
    queryFn: () => api.get<QuoteDetail>(`/api/quotes/${seg(id ?? '')}`),
    enabled: Boolean(id),
  });
}

/** After any change of a quote: its detail, the lists and its rental file are reloaded. */
function useQuoteMutation<V, R>(call: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: QUOTES }), queryClient.invalidateQueries({ queryKey: ['contracts'] })]),
  });
}

/** POST /api/quotes (new draft) or PUT /api/quotes/:id (replace a draft). */
export function useSaveQuote() {
  return useQuoteMutation(({ id, input }: { id?: string; input: QuoteInput }) =>
    id ? api.put<ResponseOf<'/api/quotes/{id}', 'put'>>(`/api/quotes/${seg(id)}`, input) : api.post<ResponseOf<'/api/quotes', 'post'>>('/api/quotes', input),
  );
}

export function useIssueQuote() {
  return useQuoteMutation((id: string) => api.post<ResponseOf<'/api/quotes/{id}/issue', 'post'>>(`/api/quotes/${seg(id)}/issue`));
}

/** DELETE /api/quotes/:id: a draft only (409 quote.not_draft otherwise). */
export function useDeleteQuote() {
  return useQuoteMutation((id: string) => api.delete<void>(`/api/quotes/${seg(id)}`));
}

/** POST /api/portal/quotes/:id/refuse (client user): declines the quote, with an optional reason. */
export function usePortalRefuse(id: string) {
  return useQuoteMutation((body: BodyOf<'/api/portal/quotes/{id}/refuse', 'post'>) =>
    api.post<AcceptanceResult>(`/api/portal/quotes/${seg(id)}/refuse`, body),
  );
}

export function useReviseQuote() {
  return useQuoteMutation((id: string) => api.post<ResponseOf<'/api/quotes/{id}/revise', 'post'>>(`/api/quotes/${seg(id)}/revise`));
}

export function useSendQuote() {
  return useQuoteMutation(({ id, to }: { id: string; to?: string[] }) => api.post<SendResult>(`/api/quotes/${seg(id)}/send`, to ? { to } : {}));
}

/** Body of POST /api/quotes/:id/acceptances/signed-quote. */
export type SignedQuoteInput = BodyOf<'/api/quotes/{id}/acceptances/signed-quote', 'post'>;

/** Body of POST /api/quotes/:id/acceptances/purchase-order. */
export type PurchaseOrderInput = BodyOf<'/api/quotes/{id}/acceptances/purchase-order', 'post'>;

/** Staff record the signed quote or the purchase order (art. 3.1); a refusal is a 409 with its decision. */
export function useRecordAcceptance(id: string) {
  return useQuoteMutation((body: ({ way: 'signed-quote' } & SignedQuoteInput) | ({ way: 'purchase-order' } & PurchaseOrderInput)) => {
    const { way, ...rest } = body;
    return api.post<AcceptanceResult>(`/api/quotes/${seg(id)}/acceptances/${way}`, rest);
  });
}

/** Body of POST /api/portal/quotes/:id/accept. */
export type PortalAcceptInput = BodyOf<'/api/portal/quotes/{id}/accept', 'post'>;

/** POST /api/portal/quotes/:id/accept (client user). */
export function usePortalAccept(id: string) {
  return useQuoteMutation((body: PortalAcceptInput) => api.post<AcceptanceResult>(`/api/portal/quotes/${seg(id)}/accept`, body));
}

/** GET /api/quotes/:id/rental-file: ALLEO's and the lessor's reviews (art. 3.2). */
export function useRentalFile(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...QUOTES, 'rental-file', id],
    queryFn: () => api.get<RentalFile>(`/api/quotes/${seg(id)}/rental-file`),
    enabled,
  });
}

/** Body of POST /api/quotes/:id/rental-file/reviews. */
export type RentalFileReviewInput = BodyOf<'/api/quotes/{id}/rental-file/reviews', 'post'>;

export function useReviewRentalFile(id: string) {
  return useQuoteMutation((body: RentalFileReviewInput) => api.post<RentalFile>(`/api/quotes/${seg(id)}/rental-file/reviews`, body));
}

/** The PDF of an issued quote, opened by the browser. */
export const quotePdfUrl = (id: string) => `/api/quotes/${seg(id)}/pdf`;
