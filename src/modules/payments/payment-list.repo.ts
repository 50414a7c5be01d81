import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetPage, numberSort, textSort, type SortColumn } from '../../db/keyset.ts';
import { likeContains } from '../../db/like.ts';
import type { PaymentMeans } from '../../db/schema.ts';
import { paymentsWithNames, type PaymentRow } from './payments.repo.ts';
import type { PaymentSort } from './payments.schemas.ts';

export type PaymentListRow = PaymentRow & { client_search: string };

export interface PaymentListFilter {
  clientId: string | null;
  status?: 'recorded' | 'reversed';
  means?: PaymentMeans;
  receivedFrom?: string;
  receivedTo?: string;
  /** Folded words (ADR 0028): each must be in the client's search key, the reference or the label. */
  words: string[];
  sort: PaymentSort;
  dir: 'asc' | 'desc';
  after: readonly [string, string] | null;
  limit: number;
}

const SORTS: Record<PaymentSort, SortColumn> = {
  received: textSort('payments.received_on'),
  client: textSort('clients.search_name'),
  amount: numberSort('payments.amount_cents'),
  means: textSort('payments.means'),
  reference: textSort('payments.reference'),
};

/** The value of a row for the cursor of its sort key. */
export function paymentSortValue(r: PaymentListRow, sort: PaymentSort): string {
  return {
    received: r.received_on,
    client: r.client_search,
    amount: String(r.amount_cents),
    means: r.means,
    reference: r.reference ?? '',
  }[sort];
}

/** The payments list with the filters of the payments screen, one keyset page. */
export function listPaymentRows(db: Db, orgId: string, f: PaymentListFilter): Promise<PaymentListRow[]> {
  let q = paymentsWithNames(db).select('clients.search_name as client_search').where('payments.org_id', '=', orgId);
  if (f.clientId !== null) q = q.where('payments.client_id', '=', f.clientId);
  if (f.status) q = q.where('payments.status', '=', f.status);
  if (f.means) q = q.where('payments.means', '=', f.means);
  if (f.receivedFrom) q = q.where('payments.received_on', '>=', f.receivedFrom);
  if (f.receivedTo) q = q.where('payments.received_on', '<=', f.receivedTo);
  for (const w of f.words) {
    const p = likeContains(w);
    q = q.where(
      sql<boolean>`(clients.search_name like ${p} escape '\\' or lower(coalesce(payments.reference, '')) like ${p} escape '\\' or lower(coalesce(payments.label, '')) like ${p} escape '\\')`,
    );
  }
  return keysetPage(q, {
    column: SORTS[f.sort],
    idColumn: 'payments.id',
    dir: f.dir,
    after: f.after,
    limit: f.limit,
  }).execute();
}
