/** Who may do what, as the server's routes declare it (the UI hides what the server would refuse). */
import { useSession } from './auth/session.ts';
import type { Role } from './api-types.ts';

export const QUOTE_WRITERS: readonly Role[] = ['admin', 'sales'];
export const ACCEPTANCE_RECORDERS: readonly Role[] = ['admin', 'sales', 'order-admin'];
export const ORDER_ADMIN: readonly Role[] = ['admin', 'order-admin'];
export const RENTAL_FILE_READERS: readonly Role[] = ['admin', 'order-admin', 'sales'];
export const CLIENT_WRITERS: readonly Role[] = ['admin', 'sales', 'order-admin', 'accounting'];
export const FINANCIAL_STATUS_WRITERS: readonly Role[] = ['admin', 'accounting'];
export const CATALOGUE_WRITERS: readonly Role[] = ['admin'];
export const USAGE_RECORDERS: readonly Role[] = ['admin', 'order-admin', 'technician'];
export const EVIDENCE_READERS: readonly Role[] = ['admin', 'order-admin', 'accounting', 'dpo'];
export const LESSOR_READERS: readonly Role[] = ['admin', 'sales', 'order-admin', 'accounting'];
/** src/modules/lessors/lessors.routes.ts: order administration maintains the financing partners. */
export const LESSOR_WRITERS: readonly Role[] = ['admin', 'order-admin'];
/** src/modules/quotes/quotes.routes.ts and ADR 0015: quotes are the commercial roles' (and the client's own). */
export const QUOTE_READERS: readonly Role[] = ['admin', 'sales', 'order-admin', 'accounting'];
/** src/modules/contracts/read-contracts.ts: the technician reads contracts too, without their prices. */
export const CONTRACT_READERS: readonly Role[] = ['admin', 'sales', 'order-admin', 'accounting', 'technician'];
/** src/modules/invoices/invoices.routes.ts: readers, drafters (from a contract event), writers. */
export const INVOICE_READERS: readonly Role[] = ['admin', 'accounting', 'order-admin', 'sales'];
export const INVOICE_DRAFTERS: readonly Role[] = ['admin', 'accounting', 'order-admin'];
export const INVOICE_WRITERS: readonly Role[] = ['admin', 'accounting'];
/** Payments, bank imports, dunning, debit notes and billing runs: accounting (and admins). */
export const PAYMENT_WRITERS: readonly Role[] = ['admin', 'accounting'];
/** src/modules/organisations/organisations.routes.ts: staff read the company's identity, administrators change it. */
export const ORGANISATION_WRITERS: readonly Role[] = ['admin'];

/** True when the signed-in user's role is among `roles`. */
export function useCan(roles: readonly Role[]): boolean {
  return roles.includes(useSession().user.role);
}
