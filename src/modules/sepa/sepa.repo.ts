/** What a direct-debit collection reads: open direct-debit invoices with their client's mandate. */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export function directDebitInvoicesDue(db: Db, orgId: string, dueBy: string) {
  return db
    .selectFrom('invoices')
    .innerJoin('clients', 'clients.id', 'invoices.client_id')
    .select([
      'invoices.id',
      'invoices.number',
      'invoices.issue_date',
      'invoices.due_date',
      sql<number>`invoices.gross_cents - invoices.paid_cents - invoices.credited_cents`.as('open_cents'),
      'invoices.client_id',
      'clients.legal_name',
      'clients.payment_method',
      'clients.iban',
      'clients.bic',
      'clients.mandate_reference',
      'clients.mandate_signed_on',
    ])
    .where('invoices.org_id', '=', orgId)
    .where('invoices.status', '=', 'issued')
    .where('invoices.kind', '=', 'invoice')
    .where('invoices.payment_means', '=', 'direct-debit')
    .where('invoices.due_date', '<=', dueBy)
    .where(sql<boolean>`invoices.gross_cents - invoices.paid_cents - invoices.credited_cents > 0`)
    .orderBy('invoices.due_date')
    .orderBy('invoices.number')
    .execute();
}

/** Clients already debited once (a direct-debit payment recorded): their next debit is RCUR. */
export async function clientsAlreadyDebited(db: Db, orgId: string, clientIds: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < clientIds.length; i += 500) {
    const rows = await db
      .selectFrom('payments')
      .select('client_id')
      .distinct()
      .where('org_id', '=', orgId)
      .where('means', '=', 'direct-debit')
      .where('status', '=', 'recorded')
      .where('client_id', 'in', clientIds.slice(i, i + 500))
      .execute();
    for (const r of rows) out.add(r.client_id);
  }
  return out;
}
