import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { BodyOf, ResponseOf } from '../api/shapes.ts';
import type { BankImportDetail, ConfirmLineInput, PaymentInput, AllocationInput, Statement } from '../types/payments.ts';
import { useMoneyMutation } from './invoices.ts';
import { seg } from './query-string.ts';

const BANK_IMPORTS = ['bank-imports'] as const;
const STATEMENTS = ['statements'] as const;

/** POST /api/payments: the payment as received and where it goes; the rest is the client's credit. */
export function useRecordPayment() {
  return useMoneyMutation((body: PaymentInput) => api.post<ResponseOf<'/api/payments', 'post'>>('/api/payments', body));
}

/** POST /api/payments/:id/reverse: a bounced direct debit or a recalled transfer. */
export function useReversePayment() {
  return useMoneyMutation(({ id, reason, reversedOn }: { id: string } & BodyOf<'/api/payments/{id}/reverse', 'post'>) => api.post<ResponseOf<'/api/payments/{id}/reverse', 'post'>>(`/api/payments/${seg(id)}/reverse`, { reason, reversedOn }));
}

/** POST /api/payments/:id/allocations: puts the client's credit left on a payment against invoices. */
export function useAllocatePayment() {
  return useMoneyMutation(({ id, allocations }: { id: string; allocations: AllocationInput[] }) => api.post<ResponseOf<'/api/payments/{id}/allocations', 'post'>>(`/api/payments/${seg(id)}/allocations`, { allocations }));
}

/** GET /api/bank-imports: the statements imported, newest first. */
export function useBankImports() {
  return useQuery({ queryKey: [...BANK_IMPORTS, 'list'], queryFn: () => api.get<ResponseOf<'/api/bank-imports', 'get'>>('/api/bank-imports') });
}

export function useBankImport(id: string | undefined) {
  return useQuery({
    queryKey: [...BANK_IMPORTS, 'detail', id],
    queryFn: () => api.get<BankImportDetail>(`/api/bank-imports/${seg(id ?? '')}`),
    enabled: Boolean(id),
  });
}

/** POST /api/bank-imports: the bank's CSV export as sent (UTF-8 or Windows-1252, decoded by the server). */
export function useImportBankFile() {
  return useMoneyMutation((body: BodyOf<'/api/bank-imports', 'post'>) => api.post<ResponseOf<'/api/bank-imports', 'post'>>('/api/bank-imports', body));
}

/** Confirms a line as proposed, or corrected (client, allocations): records the payment. */
export function useConfirmBankLine(importId: string) {
  return useMoneyMutation(({ lineId, body }: { lineId: string; body?: ConfirmLineInput }) =>
    api.post<ResponseOf<'/api/bank-imports/{id}/lines/{lineId}/confirm', 'post'>>(`/api/bank-imports/${seg(importId)}/lines/${seg(lineId)}/confirm`, body ?? {}),
  );
}

export function useIgnoreBankLine(importId: string) {
  return useMoneyMutation((lineId: string) => api.post<ResponseOf<'/api/bank-imports/{id}/lines/{lineId}/ignore', 'post'>>(`/api/bank-imports/${seg(importId)}/lines/${seg(lineId)}/ignore`, {}));
}

/** GET /api/clients/:id/statement (staff) or /api/portal/statement (client user). */
export function useStatement(clientId: string | null, enabled = true) {
  const path = clientId ? `/api/clients/${seg(clientId)}/statement` : '/api/portal/statement';
  return useQuery({ queryKey: [...STATEMENTS, clientId ?? 'portal'], queryFn: () => api.get<Statement>(path), enabled });
}

export const statementPdfUrl = (clientId: string | null) => (clientId ? `/api/clients/${seg(clientId)}/statement.pdf` : '/api/portal/statement.pdf');
