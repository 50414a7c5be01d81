import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { firstStepBound, stepDuePredicate } from '../dunning/index.ts';
import { deliveryToMake, insuranceMissing } from '../equipment/index.ts';

/**
 * The dashboard's figures, each one aggregate query (SUM/COUNT with CASE) so that the home page
 * answers in one round of small results whatever the number of invoices. Dates are ISO civil
 * dates stored as text on both engines: comparing them as strings compares them as dates.
 */

/** What remains to pay on an issued invoice (the paid and credited amounts kept on the row). */
const open = sql<number>`(invoices.gross_cents - invoices.paid_cents - invoices.credited_cents)`;

const num = (v: unknown) => Number(v ?? 0);

/** The unsettled issued invoices (not credit notes): the base of every receivable figure (index `invoices_receivables`, migration 0025). */
function unsettled(db: Db, orgId: string) {
  return db
    .selectFrom('invoices')
    .where('invoices.org_id', '=', orgId)
    .where('invoices.status', '=', 'issued')
    .where('invoices.settled_on', 'is', null)
    .where('invoices.kind', '=', 'invoice');
}

export interface ReceivableBounds {
  today: string;
  /** today − 30, − 60, − 90: the ageing bucket bounds of the overdue invoices (by due date). */
  late30: string;
  late60: string;
  late90: string;
  /** today + 6: due this week; + 30, + 60, + 90: cash expected. */
  week: string;
  in30: string;
  in60: string;
  in90: string;
}

/**
 * Overdue amounts by ageing bucket, due this week, cash expected. One range of the due date per
 * band, glued with UNION ALL: each is a range scan of index `invoices_receivables` whose rows
 * arrive already in their band, so no row is sorted or grouped (a GROUP BY on a CASE built a
 * temporary B-tree of all the unsettled invoices, ~3× slower) and the invoices due later than
 * 90 days are never read.
 */
export async function receivables(db: Db, orgId: string, b: ReceivableBounds) {
  const bands: [name: string, after: [op: '>=' | '>', date: string] | null, upTo: ['<' | '<=', string]][] = [
    ['late90', null, ['<', b.late90]],
    ['late60', ['>=', b.late90], ['<', b.late60]],
    ['late30', ['>=', b.late60], ['<', b.late30]],
    ['late0', ['>=', b.late30], ['<', b.today]],
    ['week', ['>=', b.today], ['<=', b.week]],
    ['in30', ['>', b.week], ['<=', b.in30]],
    ['in60', ['>', b.in30], ['<=', b.in60]],
    ['in90', ['>', b.in60], ['<=', b.in90]],
  ];
  const [first, ...others] = bands.map(([name, after, upTo]) => {
    let q = unsettled(db, orgId)
      .select([sql.lit(name).as('band'), sql<number>`count(*)`.as('n'), sql<number>`sum(${open})`.as('cents')])
      .where('invoices.due_date', upTo[0], upTo[1]);
    if (after) q = q.where('invoices.due_date', after[0], after[1]);
    return q;
  });
  const rows = await others.reduce((q, next) => q.unionAll(next), first!).execute();
  const of = (name: string) => {
    const r = rows.find((x) => x.band === name);
    return { count: num(r?.n), cents: num(r?.cents) };
  };
  const buckets = [of('late0'), of('late30'), of('late60'), of('late90')];
  const week = of('week');
  return {
    overdueCount: buckets.reduce((s, x) => s + x.count, 0),
    overdueCents: buckets.reduce((s, x) => s + x.cents, 0),
    buckets,
    dueThisWeek: week,
    // Due this week is within the next 30 days too.
    expected: [week.cents + of('in30').cents, of('in60').cents, of('in90').cents],
  };
}

/**
 * The ten clients that owe the most overdue, largest first: grouped in the order of index
 * `invoices_overdue_by_client` (migration 0030, client before due date: no temporary B-tree), then named.
 */
export async function overdueByClient(db: Db, orgId: string, today: string, limit = 10) {
  const top = await unsettled(db, orgId)
    .where('invoices.due_date', '<', today)
    .groupBy('invoices.client_id')
    .select([
      'invoices.client_id as client_id',
      sql<number>`sum(${open})`.as('cents'),
      sql<number>`count(*)`.as('count'),
    ])
    .orderBy(sql`sum(${open})`, 'desc')
    .orderBy('invoices.client_id')
    .limit(limit)
    .execute();
  if (top.length === 0) return [];
  const names = new Map(
    (
      await db
        .selectFrom('clients')
        .select(['id', 'legal_name'])
        .where('org_id', '=', orgId)
        .where(
          'id',
          'in',
          top.map((r) => r.client_id),
        )
        .execute()
    ).map((c) => [c.id, c.legal_name]),
  );
  return top.map((r) => ({
    clientId: r.client_id,
    name: names.get(r.client_id) ?? '',
    cents: num(r.cents),
    count: num(r.count),
  }));
}

/**
 * Invoiced (invoices minus credit notes, by issue month) and collected (payments kept, by month
 * received). Grouped by day, in the order of the indexes (a GROUP BY on the month, an expression,
 * sorted every row in a temporary B-tree), then added up by month here: at most 366 small rows.
 */
export async function monthly(db: Db, orgId: string, fromMonthStart: string, today: string) {
  const [invoiced, collected] = await Promise.all([
    db
      .selectFrom('invoices')
      .where('org_id', '=', orgId)
      .where('status', '=', 'issued')
      .where('issue_date', '>=', fromMonthStart)
      .where('issue_date', '<=', today)
      .groupBy('issue_date')
      .select('issue_date as day')
      .select(sql<number>`sum(case when kind = 'credit-note' then -gross_cents else gross_cents end)`.as('cents'))
      .execute(),
    db
      .selectFrom('payments')
      .where('org_id', '=', orgId)
      .where('status', '=', 'recorded')
      .where('received_on', '>=', fromMonthStart)
      .where('received_on', '<=', today)
      .groupBy('received_on')
      .select('received_on as day')
      .select(sql<number>`sum(amount_cents)`.as('cents'))
      .execute(),
  ]);
  const byMonth = (rows: readonly { day: string | null; cents: unknown }[]) => {
    const out = new Map<string, number>();
    for (const r of rows) if (r.day) out.set(r.day.slice(0, 7), (out.get(r.day.slice(0, 7)) ?? 0) + num(r.cents));
    return out;
  };
  return { invoiced: byMonth(invoiced), collected: byMonth(collected) };
}

export interface WorkBounds {
  today: string;
  in7: string;
}

/** Quotes: issued and expiring within 7 days; accepted without a contract (acknowledgement to send); rental files waiting for the lessor. */
export async function quoteWork(db: Db, orgId: string, b: WorkBounds) {
  const noContract = sql<boolean>`not exists (select 1 from contracts c where c.org_id = quotes.org_id and c.quote_id = quotes.id)`;
  const noLessorReview = sql<boolean>`not exists (select 1 from rental_file_reviews r where r.org_id = quotes.org_id and r.quote_id = quotes.id and r.party = 'lessor')`;
  const row = await db
    .selectFrom('quotes')
    .where('org_id', '=', orgId)
    .select([
      sql<number>`sum(case when status = 'issued' and expires_on >= ${b.today} and expires_on <= ${b.in7} then 1 else 0 end)`.as(
        'expiring',
      ),
      sql<number>`sum(case when status = 'accepted' and ${noContract} then 1 else 0 end)`.as('to_acknowledge'),
      sql<number>`sum(case when status = 'accepted' and lessor_id is not null and ${noContract} and ${noLessorReview} then 1 else 0 end)`.as(
        'rental_files',
      ),
    ])
    .executeTakeFirstOrThrow();
  return { expiring: num(row.expiring), toAcknowledge: num(row.to_acknowledge), rentalFiles: num(row.rental_files) };
}

/**
 * Overdue invoices with a dunning step due today or before and not yet done (`stepDuePredicate`,
 * the dunning list's `stepDue` filter). Counted as: the unsettled invoices late enough for the
 * first step (one covering range count), minus those of them whose every step due is done — the
 * latter can only be invoices with a dunning action, so that query starts from the actions (few)
 * instead of testing each overdue invoice against the actions (which read every invoice's row).
 */
export async function dunningStepsDue(db: Db, orgId: string, today: string) {
  const steps = (
    await db.selectFrom('dunning_steps').select(['position', 'days_after_due']).where('org_id', '=', orgId).execute()
  ).map((s) => ({ position: Number(s.position), daysAfterDue: Number(s.days_after_due) }));
  const bound = firstStepBound(today, steps);
  if (bound === null) return 0;
  const [late, allDone] = await Promise.all([
    unsettled(db, orgId)
      .where('invoices.due_date', '<=', bound)
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom(
        db
          .selectFrom('dunning_actions')
          .where('dunning_actions.org_id', '=', orgId)
          .select('dunning_actions.invoice_id')
          .distinct()
          .as('acted'),
      )
      .innerJoin('invoices', 'invoices.id', 'acted.invoice_id')
      .where('invoices.org_id', '=', orgId)
      .where('invoices.status', '=', 'issued')
      .where('invoices.settled_on', 'is', null)
      .where('invoices.kind', '=', 'invoice')
      .where('invoices.due_date', '<=', bound)
      .where(sql<boolean>`not ${stepDuePredicate(orgId, today, steps, 'invoices')}`)
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return num(late.n) - num(allDone.n);
}

/** E-mails whose delivery failed for good (the outbox's `failed`). */
export async function failedMails(db: Db, orgId: string) {
  const row = await db
    .selectFrom('outbox_messages')
    .where('org_id', '=', orgId)
    .where('status', '=', 'failed')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return num(row.n);
}

/**
 * Field work: active contracts with goods (sale or rental lines) and no delivery yet; interventions
 * scheduled whose confirmation is pending; active contracts with a rental delivery and no all-risk
 * certificate valid today (art. 4.2.1).
 */
export async function fieldWork(db: Db, orgId: string, today: string) {
  const count = (where: RawBuilder<boolean>) =>
    db
      .selectFrom('contracts')
      .where('contracts.org_id', '=', orgId)
      .where('contracts.status', '=', 'active')
      .where(where)
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
  const [deliveries, interventions, insurance] = await Promise.all([
    count(deliveryToMake('contracts')),
    db
      .selectFrom('interventions')
      .where('org_id', '=', orgId)
      .where('status', '=', 'scheduled')
      .where('confirmation', '=', 'pending')
      .where('date', '>=', today)
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
    count(insuranceMissing('contracts', today)),
  ]);
  return { deliveries: num(deliveries.n), interventions: num(interventions.n), insurance: num(insurance.n) };
}

/** Open data-subject requests due within 7 days or already late (the extended date when there is one). */
export async function dataRequestsDue(db: Db, orgId: string, in7: string) {
  const row = await db
    .selectFrom('data_subject_requests')
    .where('org_id', '=', orgId)
    .where('status', '=', 'open')
    .where(sql<string>`coalesce(extended_due_on, due_on)`, '<=', in7)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return num(row.n);
}
