/** Issued invoices and payments written straight to the database, for the dashboard and list tests and benches. */
import type { Insertable } from 'kysely';
import type { AppContext } from '../../src/context.ts';
import type { InvoicesTable, PaymentsTable } from '../../src/db/schema.ts';
import { newId } from '../../src/kernel/ids.ts';

const AT = '2026-01-01T00:00:00.000Z';

export interface SeedInvoice {
  clientId: string;
  number: string;
  issueDate: string;
  dueDate: string;
  grossCents: number;
  paidCents?: number;
  settledOn?: string | null;
  kind?: 'invoice' | 'credit-note';
}

/** The row of an issued invoice (no lines: the figures read the totals kept on the row). */
export function issuedInvoiceRow(orgId: string, s: SeedInvoice): Insertable<InvoicesTable> {
  const net = Math.round(s.grossCents / 1.2);
  return {
    id: newId(),
    org_id: orgId,
    client_id: s.clientId,
    contract_id: null,
    kind: s.kind ?? 'invoice',
    status: 'issued',
    origin: s.kind === 'credit-note' ? 'credit' : 'manual',
    billing_key: null,
    number: s.number,
    issue_date: s.issueDate,
    due_date: s.dueDate,
    operation_date: null,
    period_start: null,
    period_end: null,
    corrects_invoice_id: null,
    purchase_order_reference: null,
    delivery_address_json: null,
    nature: 'goods',
    payment_means: 'bank-transfer',
    terms_version: null,
    late_rate_percent: null,
    late_rate_text: null,
    reason: null,
    notes_json: '[]',
    net_cents: net,
    vat_cents: s.grossCents - net,
    gross_cents: s.grossCents,
    vat_breakdown_json: '[]',
    paid_cents: s.paidCents ?? 0,
    settled_on: s.settledOn ?? null,
    created_by: 'seed',
    created_at: AT,
    updated_at: AT,
  };
}

export function paymentRow(
  orgId: string,
  p: { clientId: string; receivedOn: string; amountCents: number },
): Insertable<PaymentsTable> {
  return {
    id: newId(),
    org_id: orgId,
    client_id: p.clientId,
    received_on: p.receivedOn,
    amount_cents: p.amountCents,
    means: 'bank-transfer',
    reference: null,
    label: null,
    status: 'recorded',
    reversed_on: null,
    reversal_reason: null,
    bank_line_id: null,
    created_by: 'seed',
    created_at: AT,
    updated_at: AT,
  };
}

export async function insertInvoices(ctx: AppContext, orgId: string, invoices: SeedInvoice[]) {
  for (let k = 0; k < invoices.length; k += 500)
    await ctx.db
      .insertInto('invoices')
      .values(invoices.slice(k, k + 500).map((s) => issuedInvoiceRow(orgId, s)))
      .execute();
}
