/**
 * The client's unpaid invoices as facts of the art. 10.3 measures (acceleration, prepayment,
 * cancellation of orders in progress), and how explanations name those overdue: one schema and
 * one wording for the three rules.
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr, type CivilDate } from '../kernel/dates.ts';
import { civilDateSchema } from '../kernel/schemas.ts';

/** An invoice of the client not fully paid on asOf; overdue when its due date is before asOf. */
export const unpaidInvoiceSchema = z.strictObject({
  id: z.string().min(1).max(100),
  number: z.string().min(1).max(40).optional(),
  dueDate: civilDateSchema,
});
export type UnpaidInvoice = z.output<typeof unpaidInvoiceSchema>;

/** An overdue invoice as a decision names it. */
export interface OverdueInvoiceRef {
  id: string;
  number: string | null;
  dueDate: CivilDate;
}

/** The unpaid invoices already late on asOf (due date before asOf), in the order given. */
export function overdueOn<I extends UnpaidInvoice>(invoices: readonly I[], asOf: CivilDate): I[] {
  return invoices.filter((i) => i.dueDate < asOf);
}

/** The invoice as a decision field: `{ id, number, dueDate }`, number null when unknown. */
export function overdueRef(i: UnpaidInvoice): OverdueInvoiceRef {
  return { id: i.id, number: i.number ?? null, dueDate: i.dueDate };
}

export const invoiceNumberText = (n: string | null | undefined) => n ?? '(sans numéro)';

/** At most this many invoices are named in an explanation; the decision's fields list them all. */
const NAMED = 5;

/** Overdue invoices as a short list: "F-2026-0000001 (échue le 1er mars 2026)", "… et 3 autre(s)". */
export function overdueListFr(overdue: readonly UnpaidInvoice[]): string {
  const named = overdue
    .slice(0, NAMED)
    .map((o) => `${invoiceNumberText(o.number)} (échue le ${formatDateFr(o.dueDate)})`)
    .join(', ');
  return overdue.length > NAMED ? `${named} et ${overdue.length - NAMED} autre(s)` : named;
}
export function overdueListEn(overdue: readonly UnpaidInvoice[]): string {
  const named = overdue
    .slice(0, NAMED)
    .map((o) => `${invoiceNumberText(o.number)} (due on ${formatDateEn(o.dueDate)})`)
    .join(', ');
  return overdue.length > NAMED ? `${named} and ${overdue.length - NAMED} more` : named;
}
