import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { addDays } from '../../kernel/dates.ts';

/**
 * The dashboard's figures, each one aggregate query (SUM/COUNT with CASE) so that the home page
 * answers in one round of small results whatever the number of invoices. Dates are ISO civil
 * dates stored as text on both engines: comparing them as strings compares them as dates.
 */

/** What remains to pay on an issued invoice (the paid and credited amounts kept on the row). */
const open = sql<number>`(invoices.gross_cents - invoices.paid_cents - invoices.credited_cents)`;

const num = (v: unknown) => Number(v ?? 0);

/** The unsettled issued invoices (not credit notes): the base of every receivable figure. */
function unsettled(db: Db, orgId: string) {
  return db
    .selectFrom('invoices')
    .where('invoices.org_id', '=', orgId)
    .where('invoices.status', '=', 'issued')
    .where('invoices.kind', '=', 'invoice')
    .where('invoices.settled_on', 'is', null);
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

/** Overdue amounts by ageing bucket, due this week, cash expected: one pass over the unsettled invoices. */
export async function receivables(db: Db, orgId: string, b: ReceivableBounds) {
  const row = await unsettled(db, orgId)
    .where('invoices.due_date', 'is not', null)
    .select([
      sql<number>`sum(case when invoices.due_date < ${b.today} then 1 else 0 end)`.as('overdue_count'),
      sql<number>`sum(case when invoices.due_date < ${b.today} then ${open} else 0 end)`.as('overdue_cents'),
      sql<number>`sum(case when invoices.due_date < ${b.today} and invoices.due_date >= ${b.late30} then ${open} else 0 end)`.as(
        'b0',
      ),
      sql<number>`sum(case when invoices.due_date < ${b.late30} and invoices.due_date >= ${b.late60} then ${open} else 0 end)`.as(
        'b1',
      ),
      sql<number>`sum(case when invoices.due_date < ${b.late60} and invoices.due_date >= ${b.late90} then ${open} else 0 end)`.as(
        'b2',
      ),
      sql<number>`sum(case when invoices.due_date < ${b.late90} then ${open} else 0 end)`.as('b3'),
      sql<number>`sum(case when invoices.due_date < ${b.today} and invoices.due_date >= ${b.late30} then 1 else 0 end)`.as(
        'c0',
      ),
      sql<number>`sum(case when invoices.due_date < ${b.late30} and invoices.due_date >= ${b.late60} then 1 else 0 end)`.as(
        'c1',
      ),
      sql<number>`sum(case when invoices.due_date < ${b.late60} and invoices.due_date >= ${b.late90} then 1 else 0 end)`.as(
        'c2',
      ),
      sql<number>`sum(case when invoices.due_date < ${b.late90} then 1 else 0 end)`.as('c3'),
      sql<number>`sum(case when invoices.due_date >= ${b.today} and invoices.due_date <= ${b.week} then 1 else 0 end)`.as(
        'week_count',
      ),
      sql<number>`sum(case when invoices.due_date >= ${b.today} and invoices.due_date <= ${b.week} then ${open} else 0 end)`.as(
        'week_cents',
      ),
      sql<number>`sum(case when invoices.due_date >= ${b.today} and invoices.due_date <= ${b.in30} then ${open} else 0 end)`.as(
        'e30',
      ),
      sql<number>`sum(case when invoices.due_date > ${b.in30} and invoices.due_date <= ${b.in60} then ${open} else 0 end)`.as(
        'e60',
      ),
      sql<number>`sum(case when invoices.due_date > ${b.in60} and invoices.due_date <= ${b.in90} then ${open} else 0 end)`.as(
        'e90',
      ),
    ])
    .executeTakeFirstOrThrow();
  return {
    overdueCount: num(row.overdue_count),
    overdueCents: num(row.overdue_cents),
    buckets: [
      { cents: num(row.b0), count: num(row.c0) },
      { cents: num(row.b1), count: num(row.c1) },
      { cents: num(row.b2), count: num(row.c2) },
      { cents: num(row.b3), count: num(row.c3) },
    ],
    dueThisWeek: { count: num(row.week_count), cents: num(row.week_cents) },
    expected: [num(row.e30), num(row.e60), num(row.e90)],
  };
}

/** The ten clients that owe the most overdue, largest first (ties by name). */
export async function overdueByClient(db: Db, orgId: string, today: string, limit = 10) {
  const rows = await unsettled(db, orgId)
    .innerJoin('clients', 'clients.id', 'invoices.client_id')
    .where('invoices.due_date', '<', today)
    .groupBy(['invoices.client_id', 'clients.legal_name'])
    .select(['invoices.client_id as client_id', 'clients.legal_name as name'])
    .select(sql<number>`sum(${open})`.as('cents'))
    .select(sql<number>`count(*)`.as('count'))
    .orderBy(sql`sum(${open})`, 'desc')
    .orderBy('clients.legal_name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ clientId: r.client_id, name: r.name, cents: num(r.cents), count: num(r.count) }));
}

/** Invoiced (invoices minus credit notes, by issue month) and collected (payments kept, by month received). */
export async function monthly(db: Db, orgId: string, fromMonthStart: string, today: string) {
  const month = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, 7)`;
  const [invoiced, collected] = await Promise.all([
    db
      .selectFrom('invoices')
      .where('org_id', '=', orgId)
      .where('status', '=', 'issued')
      .where('issue_date', '>=', fromMonthStart)
      .where('issue_date', '<=', today)
      .groupBy(month('issue_date'))
      .select(month('issue_date').as('month'))
      .select(sql<number>`sum(case when kind = 'credit-note' then -gross_cents else gross_cents end)`.as('cents'))
      .execute(),
    db
      .selectFrom('payments')
      .where('org_id', '=', orgId)
      .where('status', '=', 'recorded')
      .where('received_on', '>=', fromMonthStart)
      .where('received_on', '<=', today)
      .groupBy(month('received_on'))
      .select(month('received_on').as('month'))
      .select(sql<number>`sum(amount_cents)`.as('cents'))
      .execute(),
  ]);
  return {
    invoiced: new Map(invoiced.map((r) => [r.month, num(r.cents)])),
    collected: new Map(collected.map((r) => [r.month, num(r.cents)])),
  };
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

/** Overdue invoices with a dunning step due today or before and not yet done. */
export async function dunningStepsDue(db: Db, orgId: string, today: string) {
  // A step is due when the invoice is `days_after_due` days late; the comparison is done on the
  // due date side (due_date <= today − days) computed per step in JS, one bound per ladder step.
  const steps = await db
    .selectFrom('dunning_steps')
    .select(['position', 'days_after_due'])
    .where('org_id', '=', orgId)
    .execute();
  if (steps.length === 0) return 0;
  const clauses = steps.map(
    (s) =>
      sql`(invoices.due_date <= ${addDays(today, -Number(s.days_after_due))} and not exists (select 1 from dunning_actions a where a.org_id = invoices.org_id and a.invoice_id = invoices.id and a.step_position = ${Number(s.position)}))`,
  );
  const row = await unsettled(db, orgId)
    .where('invoices.due_date', '<', today)
    .where(sql<boolean>`(${sql.join(clauses, sql` or `)})`)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return num(row.n);
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
  const [deliveries, interventions, insurance] = await Promise.all([
    db
      .selectFrom('contracts')
      .where('contracts.org_id', '=', orgId)
      .where('contracts.status', '=', 'active')
      .where(
        sql<boolean>`exists (select 1 from contract_lines l where l.contract_id = contracts.id and l.kind in ('sale', 'rental'))`,
      )
      .where(
        sql<boolean>`not exists (select 1 from deliveries d where d.org_id = contracts.org_id and d.contract_id = contracts.id)`,
      )
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('interventions')
      .where('org_id', '=', orgId)
      .where('status', '=', 'scheduled')
      .where('confirmation', '=', 'pending')
      .where('date', '>=', today)
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('contracts')
      .where('contracts.org_id', '=', orgId)
      .where('contracts.status', '=', 'active')
      .where(
        sql<boolean>`exists (select 1 from deliveries d where d.org_id = contracts.org_id and d.contract_id = contracts.id and d.kind = 'rental')`,
      )
      .where(
        sql<boolean>`not exists (select 1 from insurance_certificates i where i.org_id = contracts.org_id and i.contract_id = contracts.id and i.all_risks = 1 and i.starts_on <= ${today} and i.expires_on >= ${today})`,
      )
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
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
