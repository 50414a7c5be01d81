import type { RawBuilder, Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DunningActionsTable, DunningStepsTable, InvoicesTable } from '../../db/schema.ts';
import type { LateCursor } from '../late-payment/index.ts';

export type DunningStepRow = Selectable<DunningStepsTable>;

export function stepsOf(db: Db, orgId: string): Promise<DunningStepRow[]> {
  return db.selectFrom('dunning_steps').selectAll().where('org_id', '=', orgId).orderBy('position').execute();
}

/** Inserts the ladder when the organisation has none (a concurrent insert wins quietly). */
export async function insertStepsIfNone(db: Db, rows: DunningStepsTable[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('dunning_steps')
    .values(rows)
    .onConflict((oc) => oc.columns(['org_id', 'position']).doNothing())
    .execute();
}

export async function replaceSteps(trx: Db, orgId: string, rows: DunningStepsTable[]): Promise<void> {
  await trx.deleteFrom('dunning_steps').where('org_id', '=', orgId).execute();
  if (rows.length > 0) await trx.insertInto('dunning_steps').values(rows).execute();
}

/** An overdue invoice as dunning needs it: client identity and address, amounts, late figures. */
export type DunningInvoice = Pick<
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
  | 'late_rate_text'
  | 'late_interest_cents'
  | 'late_indemnity_cents'
  | 'late_as_of'
> & { public_buyer: number; legal_name: string; contract_number: string | null };

const COLUMNS = [
  'i.id',
  'i.client_id',
  'i.contract_id',
  'i.number',
  'i.issue_date',
  'i.due_date',
  'i.gross_cents',
  'i.paid_cents',
  'i.credited_cents',
  'i.terms_version',
  'i.late_rate_text',
  'i.late_interest_cents',
  'i.late_indemnity_cents',
  'i.late_as_of',
  'c.public_buyer',
  'c.legal_name',
  'k.number as contract_number',
] as const;

/** Overdue unsettled invoices due on or before `dueBy`, in (due date, id) pages (the dunning sweep). */
export function overduePage(
  db: Db,
  orgId: string,
  dueBy: string,
  after: LateCursor | null,
  limit: number,
): Promise<DunningInvoice[]> {
  let q = db
    .selectFrom('invoices as i')
    .innerJoin('clients as c', 'c.id', 'i.client_id')
    .leftJoin('contracts as k', 'k.id', 'i.contract_id')
    .select(COLUMNS)
    .where('i.org_id', '=', orgId)
    .where('i.status', '=', 'issued')
    .where('i.settled_on', 'is', null)
    .where('i.due_date', '<=', dueBy)
    .where('i.kind', '=', 'invoice');
  if (after) q = q.where((eb) => eb(eb.refTuple('i.due_date', 'i.id'), '>', eb.tuple(after.dueDate, after.id)));
  return q.orderBy('i.due_date').orderBy('i.id').limit(limit).execute();
}

/** Overdue unsettled invoices as of a date, most days late first (the dashboard). */
export function overdueForDashboard(
  db: Db,
  orgId: string,
  asOf: string,
  limit: number,
  /** Only the invoices with a step due and not done (`stepDuePredicate`). */
  stepDue?: RawBuilder<boolean>,
): Promise<DunningInvoice[]> {
  let q = db
    .selectFrom('invoices as i')
    .innerJoin('clients as c', 'c.id', 'i.client_id')
    .leftJoin('contracts as k', 'k.id', 'i.contract_id')
    .select(COLUMNS)
    .where('i.org_id', '=', orgId)
    .where('i.kind', '=', 'invoice')
    .where('i.status', '=', 'issued')
    .where('i.settled_on', 'is', null)
    .where('i.due_date', '<', asOf);
  if (stepDue) q = q.where(stepDue);
  return q.orderBy('i.due_date').orderBy('i.number').limit(limit).execute();
}

/** An action and, for a reminder e-mail, the status of its outbox message (null for a letter). */
export type DunningActionRow = Selectable<DunningActionsTable> & { mail_status: string | null };

/** The dunning actions done on these invoices. */
export async function actionsOf(db: Db, orgId: string, invoiceIds: readonly string[]): Promise<DunningActionRow[]> {
  const out: DunningActionRow[] = [];
  for (let i = 0; i < invoiceIds.length; i += 1_000) {
    const part = invoiceIds.slice(i, i + 1_000);
    out.push(
      ...(await db
        .selectFrom('dunning_actions as a')
        .leftJoin('outbox_messages as m', 'm.id', 'a.outbox_message_id')
        .selectAll('a')
        .select('m.status as mail_status')
        .where('a.org_id', '=', orgId)
        .where('a.invoice_id', 'in', part)
        .execute()),
    );
  }
  return out;
}

export function insertAction(trx: Db, row: DunningActionsTable) {
  return trx.insertInto('dunning_actions').values(row).execute();
}

export function findClient(db: Db, orgId: string, clientId: string) {
  return db.selectFrom('clients').selectAll().where('org_id', '=', orgId).where('id', '=', clientId).executeTakeFirst();
}

/** The reminder e-mail of an action was delivered: the action is dated by its delivery. */
export function dateActionOfMessage(trx: Db, messageId: string, doneOn: string) {
  return trx
    .updateTable('dunning_actions')
    .set({ done_on: doneOn })
    .where('outbox_message_id', '=', messageId)
    .execute();
}

export function actionOfMessage(trx: Db, messageId: string) {
  return trx
    .selectFrom('dunning_actions as a')
    .innerJoin('invoices as i', 'i.id', 'a.invoice_id')
    .select(['a.id', 'a.invoice_id', 'i.number as invoice_number'])
    .where('a.outbox_message_id', '=', messageId)
    .executeTakeFirst();
}
