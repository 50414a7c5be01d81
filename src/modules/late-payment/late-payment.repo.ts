/**
 * Queries of late-payment enforcement (art. 10.3): the sweep's keyset pages of late invoices and
 * their payments, the batched updates of their late figures, acceleration, prepayment, and what
 * the enforcement screen lists. Page-sized IN lists and multi-row statements keep the daily sweep
 * at a few statements per thousand invoices.
 */
import { sql, type Expression, type ExpressionBuilder, type Selectable, type SqlBool } from 'kysely';
import { chunks } from '../../db/batches.ts';
import type { Db, Dialect } from '../../db/database.ts';
import type { InvoicesTable } from '../../db/schema.ts';

/** An invoice as the late-payment rule needs it (one row of a sweep page). */
export type LateCandidate = Pick<
  Selectable<InvoicesTable>,
  | 'id'
  | 'client_id'
  | 'contract_id'
  | 'number'
  | 'issue_date'
  | 'due_date'
  | 'gross_cents'
  | 'credited_cents'
  | 'settled_on'
  | 'terms_version'
  | 'late_outcome'
> & { public_buyer: number };

/**
 * The late-payment step's candidates: issued invoices past their due date that are unsettled, or
 * settled after it and not yet final (late_final_on differs from settled_on). The expression is
 * the WHERE of the partial index invoices_late_candidates_idx (migration 0008), word for word, so
 * that both engines read the candidates from it.
 */
function lateCandidate(eb: ExpressionBuilder<any, any>): Expression<SqlBool> {
  return eb.and([
    // Literals, not parameters: SQLite matches a partial index only against the query's own text.
    eb('i.kind', '=', sql.lit('invoice')),
    eb('i.status', '=', sql.lit('issued')),
    eb.or([
      eb('i.settled_on', 'is', null),
      eb.and([
        eb('i.settled_on', '>', eb.ref('i.due_date')),
        eb.or([eb('i.late_final_on', 'is', null), eb('i.late_final_on', '<>', eb.ref('i.settled_on'))]),
      ]),
    ]),
  ]);
}

/** Keyset position of the late-payment step: the last (due date, id) of the previous page. */
export interface LateCursor {
  dueDate: string;
  id: string;
}

/** The next page of candidates due before `asOf`, in (due date, id) order after `after`. */
export function lateCandidatesPage(
  db: Db,
  orgId: string,
  asOf: string,
  after: LateCursor | null,
  limit: number,
): Promise<LateCandidate[]> {
  let q = db
    .selectFrom('invoices as i')
    .innerJoin('clients as c', 'c.id', 'i.client_id')
    .select([
      'i.id',
      'i.client_id',
      'i.contract_id',
      'i.number',
      'i.issue_date',
      'i.due_date',
      'i.gross_cents',
      'i.credited_cents',
      'i.settled_on',
      'i.terms_version',
      'i.late_outcome',
      'c.public_buyer',
    ])
    .where('i.org_id', '=', orgId)
    .where((eb) => lateCandidate(eb))
    .where('i.due_date', '<', asOf);
  if (after) q = q.where((eb) => eb(eb.refTuple('i.due_date', 'i.id'), '>', eb.tuple(after.dueDate, after.id)));
  return q.orderBy('i.due_date').orderBy('i.id').limit(limit).execute();
}

/** How many invoices the late-payment step will examine (for the progress bar). */
export async function countLateCandidates(db: Db, orgId: string, asOf: string): Promise<number> {
  const row = await db
    .selectFrom('invoices as i')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('i.org_id', '=', orgId)
    .where((eb) => lateCandidate(eb))
    .where('i.due_date', '<', asOf)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Runs a bulk step with SQLite tuned for it, restored afterwards: a 128 MB page cache (the random
 * index inserts of a first run over a large base otherwise miss it) and a checkpoint every 50,000
 * WAL pages instead of 1,000 (each checkpoint syncs the file). Durability is unchanged: commits
 * still go to the WAL as before. Nothing to do on PostgreSQL.
 */
export async function withBulkWrites<T>(db: Db, dialect: Dialect, fn: () => Promise<T>): Promise<T> {
  if (dialect !== 'sqlite') return fn();
  const cache = Number(
    (await sql<{ cache_size: number }>`pragma cache_size`.execute(db)).rows[0]?.cache_size ?? -16000,
  );
  const checkpoint = Number(
    (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db)).rows[0]?.wal_autocheckpoint ??
      1000,
  );
  await sql`pragma cache_size = ${sql.raw(String(Math.min(cache, -131_072)))}`.execute(db);
  await sql`pragma wal_autocheckpoint = 50000`.execute(db);
  try {
    return await fn();
  } finally {
    await sql`pragma cache_size = ${sql.raw(String(Math.trunc(cache)))}`.execute(db);
    await sql`pragma wal_autocheckpoint = ${sql.raw(String(Math.trunc(checkpoint)))}`.execute(db);
    await sql`pragma wal_checkpoint(passive)`.execute(db);
  }
}

/** One payment fact: the date the funds reached ALLEO (payments.received_on, R3) and the amount. */
export interface PaymentFact {
  invoice_id: string;
  received_on: string;
  amount_cents: number;
}

/** Recorded (not reversed) payments allocated to these invoices, in one query per chunk. */
export async function paymentsOfInvoices(db: Db, orgId: string, invoiceIds: readonly string[]): Promise<PaymentFact[]> {
  const out: PaymentFact[] = [];
  for (const ids of chunks(invoiceIds, 2_000)) {
    const rows = await db
      .selectFrom('payment_allocations as a')
      .innerJoin('payments as p', 'p.id', 'a.payment_id')
      .select(['a.invoice_id', 'p.received_on', 'a.amount_cents'])
      .where('a.org_id', '=', orgId)
      .where('a.invoice_id', 'in', ids)
      .where('p.status', '=', 'recorded')
      .where('a.amount_cents', '>', 0)
      .execute();
    for (const r of rows)
      out.push({ invoice_id: r.invoice_id!, received_on: r.received_on, amount_cents: Number(r.amount_cents) });
  }
  return out;
}

// ——— overdue invoices of clients (acceleration, prepayment, refusals, enforcement) ———

/** An issued invoice past its due date and not settled: what "overdue" means for art. 10.3. */
function isOverdue(eb: ExpressionBuilder<any, any>, asOf: string): Expression<SqlBool> {
  return eb.and([
    eb('o.kind', '=', 'invoice'),
    eb('o.status', '=', 'issued'),
    eb('o.settled_on', 'is', null),
    eb('o.due_date', '<', asOf),
  ]);
}

export type OverdueInvoice = Pick<
  Selectable<InvoicesTable>,
  | 'id'
  | 'client_id'
  | 'contract_id'
  | 'number'
  | 'issue_date'
  | 'due_date'
  | 'gross_cents'
  | 'paid_cents'
  | 'credited_cents'
  | 'terms_version'
  | 'late_interest_cents'
  | 'late_indemnity_cents'
  | 'late_as_of'
>;

/** The overdue invoices of one client, oldest due date first. */
export function overdueInvoicesOf(db: Db, orgId: string, clientId: string, asOf: string): Promise<OverdueInvoice[]> {
  return db
    .selectFrom('invoices as o')
    .select([
      'o.id',
      'o.client_id',
      'o.contract_id',
      'o.number',
      'o.issue_date',
      'o.due_date',
      'o.gross_cents',
      'o.paid_cents',
      'o.credited_cents',
      'o.terms_version',
      'o.late_interest_cents',
      'o.late_indemnity_cents',
      'o.late_as_of',
    ])
    .where('o.org_id', '=', orgId)
    .where('o.client_id', '=', clientId)
    .where((eb) => isOverdue(eb, asOf))
    .orderBy('o.due_date')
    .orderBy('o.number')
    .execute();
}

/** The oldest overdue invoice of a client, or undefined. */
export function oldestOverdueOf(db: Db, orgId: string, clientId: string, asOf: string) {
  return db
    .selectFrom('invoices as o')
    .select(['o.id', 'o.number', 'o.due_date', 'o.terms_version'])
    .where('o.org_id', '=', orgId)
    .where('o.client_id', '=', clientId)
    .where((eb) => isOverdue(eb, asOf))
    .orderBy('o.due_date')
    .orderBy('o.id')
    .limit(1)
    .executeTakeFirst();
}

/** Invoices not yet due (nor accelerated) of clients that have an overdue invoice, by (due date, id) pages. */
export function accelerationTargetsPage(db: Db, orgId: string, asOf: string, after: LateCursor | null, limit: number) {
  let q = db
    .selectFrom('invoices as t')
    .select(['t.id', 't.number', 't.client_id', 't.contract_id', 't.due_date', 't.terms_version'])
    .where('t.org_id', '=', orgId)
    .where('t.status', '=', 'issued')
    .where('t.settled_on', 'is', null)
    .where('t.due_date', '>=', asOf)
    .where('t.kind', '=', 'invoice')
    .where('t.accelerated_on', 'is', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('invoices as o')
          .select('o.id')
          .whereRef('o.org_id', '=', 't.org_id')
          .whereRef('o.client_id', '=', 't.client_id')
          .where((eb) => isOverdue(eb, asOf)),
      ),
    );
  if (after) q = q.where((eb) => eb(eb.refTuple('t.due_date', 't.id'), '>', eb.tuple(after.dueDate, after.id)));
  return q.orderBy('t.due_date').orderBy('t.id').limit(limit).execute();
}

/** The oldest overdue invoice of each of these clients. */
export async function oldestOverdueByClient(db: Db, orgId: string, clientIds: readonly string[], asOf: string) {
  const out = new Map<string, { id: string; number: string | null; due_date: string | null }>();
  for (const part of chunks([...new Set(clientIds)])) {
    const rows = await db
      .selectFrom('invoices as o')
      .select(['o.id', 'o.client_id', 'o.number', 'o.due_date'])
      .where('o.org_id', '=', orgId)
      .where('o.client_id', 'in', part)
      .where((eb) => isOverdue(eb, asOf))
      .orderBy('o.client_id')
      .orderBy('o.due_date')
      .orderBy('o.id')
      .execute();
    for (const r of rows) if (!out.has(r.client_id)) out.set(r.client_id, r);
  }
  return out;
}

/** Clients with an overdue invoice whose financial status does not yet require prepayment. */
export function clientsToPutOnPrepayment(db: Db, orgId: string, asOf: string) {
  return db
    .selectFrom('clients as c')
    .select(['c.id', 'c.legal_name', 'c.financial_status'])
    .where('c.org_id', '=', orgId)
    .where('c.financial_status', '!=', 'prepayment-required')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('invoices as o')
          .select('o.id')
          .whereRef('o.org_id', '=', 'c.org_id')
          .whereRef('o.client_id', '=', 'c.id')
          .where((eb) => isOverdue(eb, asOf)),
      ),
    )
    .orderBy('c.id')
    .execute();
}

/**
 * Who a change made by the sweep is filed under in client_financial_status_changes (its
 * changed_by references users.id): the organisation's first administrator, active ones first.
 */
export function firstAdministrator(db: Db, orgId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where('role', '=', 'admin')
    .orderBy('disabled')
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export function findClientRow(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('clients')
    .select(['id', 'legal_name', 'financial_status', 'public_buyer'])
    .where('org_id', '=', orgId)
    .where('id', '=', clientId)
    .executeTakeFirst();
}

/** Something is unpaid: an issued invoice not settled, whatever its due date. */
export async function hasUnpaidInvoice(db: Db, orgId: string, clientId: string): Promise<boolean> {
  const row = await db
    .selectFrom('invoices')
    .select('id')
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where('settled_on', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

// ——— enforcement screen and cancellation ———

/** Unsettled invoices of a client not yet due, with their acceleration date. */
export function notYetDueInvoicesOf(db: Db, orgId: string, clientId: string, asOf: string) {
  return db
    .selectFrom('invoices')
    .select(['id', 'number', 'due_date', 'accelerated_on', 'gross_cents', 'paid_cents', 'credited_cents'])
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where('settled_on', 'is', null)
    .where('due_date', '>=', asOf)
    .orderBy('due_date')
    .orderBy('number')
    .execute();
}

export function contractsOf(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('contracts')
    .select(['id', 'number', 'status', 'terms_version', 'order_date'])
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('number')
    .execute();
}

export function findContract(db: Db, orgId: string, contractId: string) {
  return db
    .selectFrom('contracts')
    .select(['id', 'number', 'client_id', 'status', 'terms_version'])
    .where('org_id', '=', orgId)
    .where('id', '=', contractId)
    .executeTakeFirst();
}

/** Decisions of a rule on objects, by effect key prefix (cancellations of a client's contracts). */
export function decisionsByKeys(db: Db, orgId: string, keys: readonly string[]) {
  if (keys.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('decisions')
    .select(['effect_key', 'object_id', 'as_of', 'actor', 'created_at', 'decision_json'])
    .where('org_id', '=', orgId)
    .where('effect_key', 'in', [...keys])
    .execute();
}

export function userName(db: Db, orgId: string, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where('id', '=', userId)
    .executeTakeFirst();
}
