import { type ExpressionBuilder, type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';
import type { BillingRunsTable, Database } from '../../db/schema.ts';
import { daysBetween } from '../../kernel/dates.ts';
import type { PeriodBounds, RentalLine } from './rent-lines.ts';

/** The billing key of the rent invoice of a contract for a period (unique per organisation). */
export function rentBillingKey(contractId: string, period: string): string {
  return `rent:${contractId}:${period}`;
}

/**
 * The billing key of a rent supplement: the part of a month owed for the units of one delivery
 * recorded after the month's rent invoice was issued (or when it has none), billed once by a later
 * run (art. 10.1). Distinct from the month's key, so neither is ever billed twice.
 */
export function rentSupplementKey(contractId: string, period: string, deliveryId: string): string {
  return `rent:${contractId}:${period}:${deliveryId}`;
}

type Eb = ExpressionBuilder<Database, 'contracts'>;

/**
 * A contract running on a day of the period (active or suspended: ended_on null; terminated,
 * cancelled or ended after the period's first day) with a rental line covering a day of it.
 */
function candidates(db: Db, orgId: string, p: PeriodBounds) {
  return db
    .selectFrom('contracts')
    .where('contracts.org_id', '=', orgId)
    .where((eb) => eb.or([eb('contracts.ended_on', 'is', null), eb('contracts.ended_on', '>', p.start)]))
    .where('contracts.effective_date', '<=', p.end)
    .where((eb: Eb) => rentalLineRunningOn(eb, p.start));
}

/** The contract has a rental line still running on a day (a date, or an SQL expression of one). */
function rentalLineRunningOn(eb: Eb, day: string | RawBuilder<string>) {
  return eb.exists(
    eb
      .selectFrom('contract_lines')
      .select(eb.lit(1).as('one'))
      .whereRef('contract_lines.contract_id', '=', 'contracts.id')
      .where('contract_lines.kind', '=', 'rental')
      .where((l) =>
        l.or([l('contract_lines.rental_ends_on', 'is', null), l('contract_lines.rental_ends_on', '>=', day)]),
      ),
  );
}

/** The contract's rent invoice of the period exists (index invoices_billing_key_uq). */
function billed(period: string) {
  return sql<boolean>`exists (select 1 from invoices where invoices.org_id = contracts.org_id and invoices.billing_key = ${'rent:'} || contracts.id || ${`:${period}`})`;
}

export async function countCandidates(
  db: Db,
  orgId: string,
  p: PeriodBounds,
): Promise<{ total: number; lessor: number; billed: number }> {
  const count = async (q: ReturnType<typeof candidates>) =>
    Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const [total, lessor, done] = await Promise.all([
    count(candidates(db, orgId, p)),
    count(candidates(db, orgId, p).where('contracts.lessor_id', 'is not', null)),
    count(candidates(db, orgId, p).where('contracts.lessor_id', 'is', null).where(billed(p.period))),
  ]);
  return { total, lessor, billed: done };
}

export interface ContractToBill {
  id: string;
  ended_on: string | null;
  client_id: string;
  effective_date: string;
  terms_version: string;
  purchase_order_reference: string | null;
  payment_term_days: number | null;
  prepayment_required: number;
  payment_method: 'bank-transfer' | 'direct-debit' | 'administrative-mandate';
  financial_status: string;
  public_buyer: number;
}

/** The next page (by contract id) of contracts ALLEO bills for the period and has not billed yet. */
export function pageToBill(
  db: Db,
  orgId: string,
  p: PeriodBounds,
  afterId: string | null,
  limit: number,
): Promise<ContractToBill[]> {
  let q = candidates(db, orgId, p)
    .innerJoin('clients', 'clients.id', 'contracts.client_id')
    .select([
      'contracts.id',
      'contracts.ended_on',
      'contracts.client_id',
      'contracts.effective_date',
      'contracts.terms_version',
      'contracts.purchase_order_reference',
      'contracts.payment_term_days',
      'contracts.prepayment_required',
      'clients.payment_method',
      'clients.financial_status',
      'clients.public_buyer',
    ])
    .where('contracts.lessor_id', 'is', null)
    .where(sql<boolean>`not ${billed(p.period)}`);
  if (afterId !== null) q = q.where('contracts.id', '>', afterId);
  return q.orderBy('contracts.id').limit(limit).execute() as Promise<ContractToBill[]>;
}

/**
 * The end of some contracts read again inside the batch's transaction, their rows locked on
 * PostgreSQL (FOR UPDATE) so that a termination committing meanwhile is seen, and one starting
 * meanwhile waits for the batch (it then lists the rent invoiced beyond its date for refund).
 */
export async function lockedEnds(trx: Db, dialect: Dialect, contractIds: readonly string[]) {
  const out = new Map<string, { endedOn: string | null; status: string }>();
  if (contractIds.length === 0) return out;
  let q = trx.selectFrom('contracts').select(['id', 'ended_on', 'status']).where('id', 'in', contractIds).orderBy('id');
  if (dialect === 'postgres') q = q.forUpdate();
  for (const r of await q.execute()) out.set(r.id, { endedOn: r.ended_on, status: r.status });
  return out;
}

/**
 * The rental lines of some contracts, in their order. For the month's invoice of `period`, the
 * units of a delivery that a supplement of that month already billed are left out (never twice).
 */
export async function rentalLinesOf(
  db: Db,
  contractIds: readonly string[],
  period: string | null = null,
): Promise<Map<string, RentalLine[]>> {
  const out = new Map<string, RentalLine[]>();
  if (contractIds.length === 0) return out;
  const supplemented = new Set<string>();
  if (period !== null)
    for (const r of await db
      .selectFrom('invoices')
      .select('billing_key')
      .where('contract_id', 'in', contractIds)
      .where('origin', '=', 'rent')
      .where('billing_key', 'like', `rent:%:${period}:%`)
      .execute())
      supplemented.add(r.billing_key!.slice(r.billing_key!.lastIndexOf(':') + 1));
  const rows = await db
    .selectFrom('contract_lines')
    .select([
      'contract_id',
      'id',
      'catalogue_item_id',
      'sku',
      'label',
      'quantity',
      'monthly_rent_cents',
      'discount_percent',
      'vat_rate',
      'rental_ends_on',
    ])
    .where('contract_id', 'in', contractIds)
    .where('kind', '=', 'rental')
    .orderBy('contract_id')
    .orderBy('position')
    // A rental line always comes from the catalogue: only a service line is typed free (0031).
    .$narrowType<{ catalogue_item_id: string; sku: string }>()
    .execute();
  // The units delivered (equipment register, art. 4.2.1): only they are billed, each from its
  // delivery — or from the contract's stated start when the contract says the rental starts then
  // (art. 15.1) — to its return or its return due date (art. 15.3), never before the effective date
  // (rentInvoiceFor). A contract with nothing delivered yet bills nothing.
  const units = await db
    .selectFrom('equipment_units')
    .innerJoin('contracts', 'contracts.id', 'equipment_units.contract_id')
    .select([
      'equipment_units.contract_id',
      'equipment_units.contract_line_id',
      'equipment_units.delivery_id',
      'equipment_units.created_at',
      'equipment_units.delivered_on',
      'equipment_units.returned_on',
      'equipment_units.return_due_on',
      'contracts.rental_period_start',
      'contracts.effective_date',
    ])
    .where('equipment_units.contract_id', 'in', contractIds)
    .where('equipment_units.kind', '=', 'rental')
    .execute();
  const byLine = new Map<string, NonNullable<RentalLine['units']>[number][]>();
  for (const u of units) {
    if (supplemented.has(u.delivery_id)) continue;
    const to =
      u.returned_on === null
        ? u.return_due_on
        : u.return_due_on === null
          ? u.returned_on
          : u.returned_on < u.return_due_on
            ? u.returned_on
            : u.return_due_on;
    let list = byLine.get(u.contract_line_id);
    if (!list) byLine.set(u.contract_line_id, (list = []));
    list.push({
      from: u.rental_period_start === 'contract-start' ? u.effective_date : u.delivered_on,
      to,
      deliveryId: u.delivery_id,
      recordedAt: u.created_at,
    });
  }
  for (const { contract_id, ...line } of rows) {
    let list = out.get(contract_id);
    if (!list) out.set(contract_id, (list = []));
    list.push({ ...line, units: byLine.get(line.id) ?? [] });
  }
  return out;
}

export function organisationForBilling(db: Db, orgId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'vat_on_debits'])
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
}

// ---- billing_runs ----------------------------------------------------------------------------

export type BillingRunRow = Selectable<BillingRunsTable>;

export async function insertRun(
  db: Db,
  row: Pick<BillingRunsTable, 'id' | 'org_id' | 'period' | 'as_of' | 'issue_date' | 'started_by' | 'started_at'>,
) {
  await db
    .insertInto('billing_runs')
    .values({
      ...row,
      status: 'running',
      contracts_seen: 0,
      invoices_created: 0,
      contracts_total: null,
      contracts_skipped_lessor: 0,
      contracts_already_billed: 0,
      batches_committed: 0,
      first_number: null,
      last_number: null,
      error: null,
      finished_at: null,
      updated_at: row.started_at,
    })
    .execute();
}

/** Runs of the period left 'running' by a process that died: the new run takes over. */
export async function markInterrupted(db: Db, orgId: string, period: string, exceptId: string, at: string) {
  await db
    .updateTable('billing_runs')
    .set({ status: 'interrupted', updated_at: at })
    .where('org_id', '=', orgId)
    .where('period', '=', period)
    .where('status', '=', 'running')
    .where('id', '!=', exceptId)
    .execute();
}

export async function setCounts(
  db: Db,
  id: string,
  set: Pick<
    BillingRunRow,
    'contracts_total' | 'contracts_skipped_lessor' | 'contracts_already_billed' | 'contracts_seen' | 'updated_at'
  >,
) {
  await db.updateTable('billing_runs').set(set).where('id', '=', id).execute();
}

/** Adds a committed batch to the run (in the batch's transaction, so the counts never lie). */
export async function addBatch(
  db: Db,
  id: string,
  b: {
    seen: number;
    created: number;
    alreadyBilled: number;
    firstNumber: string | null;
    lastNumber: string | null;
    at: string;
  },
) {
  await db
    .updateTable('billing_runs')
    .set((eb) => ({
      contracts_seen: eb('contracts_seen', '+', b.seen),
      invoices_created: eb('invoices_created', '+', b.created),
      contracts_already_billed: eb('contracts_already_billed', '+', b.alreadyBilled),
      batches_committed: eb('batches_committed', '+', 1),
      ...(b.firstNumber ? { first_number: eb.fn.coalesce('first_number', eb.val(b.firstNumber)) } : {}),
      ...(b.lastNumber ? { last_number: b.lastNumber } : {}),
      updated_at: b.at,
    }))
    .where('id', '=', id)
    .execute();
}

export async function finishRun(db: Db, id: string, status: 'done' | 'failed', at: string, error: string | null) {
  await db
    .updateTable('billing_runs')
    .set({ status, finished_at: at, updated_at: at, error })
    .where('id', '=', id)
    .execute();
}

export function findRun(db: Db, orgId: string, id: string) {
  return db.selectFrom('billing_runs').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function listRuns(db: Db, orgId: string, q: { period?: string; limit: number }) {
  let query = db.selectFrom('billing_runs').selectAll().where('org_id', '=', orgId);
  if (q.period) query = query.where('period', '=', q.period);
  return query.orderBy('started_at', 'desc').orderBy('id').limit(q.limit).execute();
}

// ---- bulk write settings -----------------------------------------------------------------------

/**
 * SQLite tuning while a run writes hundreds of thousands of rows: a larger page cache (the
 * indexes on random ids no longer fall out of it) and a WAL checkpointed every ~80 MB instead of
 * every 4 MB (pages rewritten by consecutive batches reach the database file once). Returns the
 * function that puts the connection's settings back. Nothing to do on PostgreSQL.
 */
export async function bulkWriteSettings(db: Db, dialect: 'sqlite' | 'postgres'): Promise<() => Promise<void>> {
  if (dialect !== 'sqlite') return async () => {};
  const read = async (name: 'cache_size' | 'wal_autocheckpoint') => {
    const r = await sql<Record<string, number>>`pragma ${sql.raw(name)}`.execute(db);
    return Number(Object.values(r.rows[0] ?? {})[0]);
  };
  const cache = await read('cache_size');
  const checkpoint = await read('wal_autocheckpoint');
  await sql`pragma cache_size = -131072`.execute(db);
  await sql`pragma wal_autocheckpoint = 20000`.execute(db);
  return async () => {
    await sql`pragma ${sql.raw(`cache_size = ${cache}`)}`.execute(db);
    await sql`pragma ${sql.raw(`wal_autocheckpoint = ${checkpoint}`)}`.execute(db);
  };
}

// ---- catch-up of the daily sweep -----------------------------------------------------------------

/**
 * The earliest effective date, from `since` to `asOf`, of a contract the run bills (active, not
 * financed by a lessor, with a rental line covering a day of its first month) that has no rent
 * invoice for the month of its effective date: a contract acknowledged after its effective month
 * (effective on the order date, art. 15.1), from which the daily sweep catches up. One query: the
 * organisation's contracts by index, the effective-date bounds checked first, then the rental line
 * (contract_lines_contract_idx) and the invoice of that month (invoices_billing_key_uq) looked up
 * by key only for the contracts in the window. Null when every such contract is billed.
 */
export async function earliestUnbilledEffectiveDate(
  db: Db,
  orgId: string,
  since: string,
  asOf: string,
): Promise<string | null> {
  const firstMonth = sql<string>`substr(contracts.effective_date, 1, 7)`;
  const row = await db
    .selectFrom('contracts')
    .select((eb) => eb.fn.min<string | null>('contracts.effective_date').as('earliest'))
    .where('contracts.org_id', '=', orgId)
    .where('contracts.effective_date', '>=', since)
    .where('contracts.effective_date', '<=', asOf)
    .where((eb) =>
      eb.or([eb('contracts.ended_on', 'is', null), eb('contracts.ended_on', '>', eb.ref('contracts.effective_date'))]),
    )
    .where('contracts.lessor_id', 'is', null)
    .where((eb: Eb) => rentalLineRunningOn(eb, sql<string>`${firstMonth} || ${'-01'}`))
    // Only a month with a unit to bill (ADR 0025): a contract delivered after its effective month
    // has nothing to bill for it and is no longer re-examined every day; a unit recorded after its
    // month was billed is billed by a supplement (rent-supplements.ts).
    .where(
      sql<boolean>`exists (select 1 from equipment_units u where u.contract_id = contracts.id and u.kind = ${'rental'} and (contracts.rental_period_start = ${'contract-start'} or substr(u.delivered_on, 1, 7) <= ${firstMonth}))`,
    )
    .where(
      sql<boolean>`not exists (select 1 from invoices where invoices.org_id = contracts.org_id and invoices.billing_key = ${'rent:'} || contracts.id || ${':'} || ${firstMonth})`,
    )
    .executeTakeFirst();
  return row?.earliest ?? null;
}

// ---- supplements: units recorded after their month was billed ------------------------------------

/** The contracts (ALLEO bills, not a lessor) with rental units recorded since an instant. */
export async function contractsWithUnitsRecordedSince(db: Db, orgId: string, since: string): Promise<string[]> {
  const rows = await db
    .selectFrom('equipment_units')
    .innerJoin('contracts', 'contracts.id', 'equipment_units.contract_id')
    .select('equipment_units.contract_id')
    .distinct()
    .where('equipment_units.org_id', '=', orgId)
    .where('equipment_units.kind', '=', 'rental')
    .where('equipment_units.created_at', '>=', since)
    .where('contracts.lessor_id', 'is', null)
    .orderBy('equipment_units.contract_id')
    .execute();
  return rows.map((r) => r.contract_id);
}

/**
 * The rent invoices existing among some billing keys, each with the unit-days it bills per
 * contract line (quantity × days of each line's period).
 */
export async function rentUnitDays(db: Db, orgId: string, keys: readonly string[]) {
  const out = new Map<string, Map<string, number>>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('invoices')
      .leftJoin('invoice_lines', 'invoice_lines.invoice_id', 'invoices.id')
      .select([
        'invoices.billing_key',
        'invoice_lines.contract_line_id',
        'invoice_lines.quantity',
        'invoice_lines.period_start',
        'invoice_lines.period_end',
      ])
      .where('invoices.org_id', '=', orgId)
      .where('invoices.billing_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) {
      let byLine = out.get(r.billing_key!);
      if (!byLine) out.set(r.billing_key!, (byLine = new Map()));
      if (!r.contract_line_id || !r.period_start || !r.period_end) continue;
      const days = daysBetween(r.period_start, r.period_end) + 1;
      byLine.set(r.contract_line_id, (byLine.get(r.contract_line_id) ?? 0) + Number(r.quantity) * days);
    }
  }
  return out;
}

/** Some contracts as the billing run reads them. */
export function contractsToBill(db: Db, contractIds: readonly string[]): Promise<ContractToBill[]> {
  if (contractIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('contracts')
    .innerJoin('clients', 'clients.id', 'contracts.client_id')
    .select([
      'contracts.id',
      'contracts.ended_on',
      'contracts.client_id',
      'contracts.effective_date',
      'contracts.terms_version',
      'contracts.purchase_order_reference',
      'contracts.payment_term_days',
      'contracts.prepayment_required',
      'clients.payment_method',
      'clients.financial_status',
      'clients.public_buyer',
    ])
    .where('contracts.id', 'in', contractIds)
    .where('contracts.lessor_id', 'is', null)
    .orderBy('contracts.id')
    .execute() as Promise<ContractToBill[]>;
}
