import { sql, type RawBuilder } from 'kysely';
import { addDays } from '../../kernel/dates.ts';

/** A ladder step as the predicate needs it. */
export interface StepDays {
  position: number;
  daysAfterDue: number;
}

/**
 * "A dunning step is due on this invoice": one step of the ladder whose day has come
 * (due date ≤ today − days after due) is not done yet. The one definition shared by the
 * dashboard's figure and the dunning list's `stepDue` filter, so that both count the same
 * invoices. `invoice` is the alias of the invoices table in the query (its `id`, `due_date`).
 * An empty ladder: no step is ever due.
 */
export function stepDuePredicate(
  orgId: string,
  today: string,
  steps: readonly StepDays[],
  invoice: string,
): RawBuilder<boolean> {
  if (steps.length === 0) return sql<boolean>`1 = 0`;
  const id = sql.ref(`${invoice}.id`);
  const due = sql.ref(`${invoice}.due_date`);
  const clauses = steps.map(
    (s) =>
      // An uncorrelated IN: each step's done invoices are read once (hashed), not probed per invoice.
      sql`(${due} <= ${addDays(today, -s.daysAfterDue)} and ${id} not in (select a.invoice_id from dunning_actions a where a.org_id = ${orgId} and a.step_position = ${s.position}))`,
  );
  return sql<boolean>`(${due} < ${today} and (${sql.join(clauses, sql` or `)}))`;
}

/**
 * The latest due date on which at least one step is due (the earliest step's day, and never
 * today: an invoice is overdue the day after its due date).
 */
export function firstStepBound(today: string, steps: readonly StepDays[]): string | null {
  if (steps.length === 0) return null;
  const least = Math.min(...steps.map((s) => s.daysAfterDue));
  return addDays(today, -Math.max(1, least));
}
