import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export interface EntryFilter {
  clientId?: string;
  contractId?: string;
  kind?: string;
  /** Civil dates, inclusive, compared with the entry's UTC timestamp's date. */
  from?: string;
  to?: string;
  /** Keyset: entries older than this sequence number. */
  beforeSeq?: number;
}

/** Newest first, filtered: a client's entries are its own, its contracts', quotes', invoices', payments' and debit notes'. */
export function filteredEntries(db: Db, orgId: string, f: EntryFilter, limit: number) {
  let q = db
    .selectFrom('evidence_entries')
    .select([
      'seq',
      'kind',
      'object_type',
      'object_id',
      'contract_id',
      'actor',
      'at',
      'document_sha256',
      'decision_json',
      'hash',
    ])
    .where('org_id', '=', orgId);
  if (f.contractId) q = q.where('contract_id', '=', f.contractId);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', `${f.to}T99`);
  if (f.beforeSeq !== undefined) q = q.where('seq', '<', f.beforeSeq);
  if (f.clientId) {
    const c = f.clientId;
    q = q.where(
      sql<boolean>`((object_type = 'client' and object_id = ${c})
        or contract_id in (select id from contracts where org_id = ${orgId} and client_id = ${c})
        or (object_type = 'quote' and object_id in (select id from quotes where org_id = ${orgId} and client_id = ${c}))
        or (object_type = 'invoice' and object_id in (select id from invoices where org_id = ${orgId} and client_id = ${c}))
        or (object_type = 'payment' and object_id in (select id from payments where org_id = ${orgId} and client_id = ${c}))
        or (object_type = 'debit-note' and object_id in (select id from debit_notes where org_id = ${orgId} and client_id = ${c})))`,
    );
  }
  return q.orderBy('seq', 'desc').limit(limit).execute();
}

/** Names of the actors (user ids) of a page. */
export function usersByIds(db: Db, orgId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .execute();
}

/** Numbers or names of the objects of a page, by type. */
export async function objectLabels(db: Db, orgId: string, byType: Map<string, string[]>) {
  const out = new Map<string, string>();
  const add = (rows: { id: string; label: string | null }[]) => {
    for (const r of rows) if (r.label) out.set(r.id, r.label);
  };
  const ids = (type: string) => byType.get(type) ?? [];
  const jobs: Promise<void>[] = [];
  const take = (table: 'quotes' | 'contracts' | 'invoices' | 'debit_notes', type: string) => {
    if (ids(type).length)
      jobs.push(
        db
          .selectFrom(table)
          .select(['id', 'number as label'])
          .where('org_id', '=', orgId)
          .where('id', 'in', ids(type))
          .execute()
          .then(add),
      );
  };
  take('quotes', 'quote');
  take('contracts', 'contract');
  take('invoices', 'invoice');
  take('debit_notes', 'debit-note');
  if (ids('client').length)
    jobs.push(
      db
        .selectFrom('clients')
        .select(['id', 'legal_name as label'])
        .where('org_id', '=', orgId)
        .where('id', 'in', ids('client'))
        .execute()
        .then(add),
    );
  await Promise.all(jobs);
  return out;
}
