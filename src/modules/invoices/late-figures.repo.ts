/**
 * The late-payment figures cached on invoices (late_*, accelerated_on): computed by the
 * late-payment sweep (rule invoice.late-payment, art. 10.3), stored here by the table's owner.
 */
import { sql } from 'kysely';
import { chunks } from '../../db/batches.ts';
import type { Db, Dialect } from '../../db/database.ts';

/** The late figures of one invoice, as the sweep stores them. */
export interface LateFigures {
  id: string;
  json: string;
  outcome: string;
  interestCents: number;
  indemnityCents: number;
  /** The settlement date the figures are final for (paid-late, paid-on-time), else null. */
  finalOn: string | null;
}

/**
 * Stores the late figures of many invoices: one UPDATE … FROM (VALUES …) per 500 invoices (the
 * VALUES columns are column1… on both engines; PostgreSQL types them from the first row's casts).
 * Measured faster on SQLite than passing the rows as one JSON parameter (json_each).
 */
export async function storeLateFigures(
  trx: Db,
  dialect: Dialect,
  orgId: string,
  asOf: string,
  rows: readonly LateFigures[],
): Promise<void> {
  for (const part of chunks(rows)) {
    const values = sql.join(
      part.map((r, i) =>
        i === 0 && dialect === 'postgres'
          ? sql`(cast(${r.id} as text), cast(${r.json} as text), cast(${r.outcome} as text), cast(${r.interestCents} as bigint), cast(${r.indemnityCents} as bigint), cast(${r.finalOn} as text))`
          : sql`(${r.id}, ${r.json}, ${r.outcome}, ${r.interestCents}, ${r.indemnityCents}, ${r.finalOn})`,
      ),
    );
    await sql`update invoices set late_json = v.column2, late_outcome = v.column3, late_interest_cents = v.column4, late_indemnity_cents = v.column5, late_final_on = v.column6, late_as_of = ${asOf}
      from (values ${values}) as v where invoices.org_id = ${orgId} and invoices.id = v.column1`.execute(trx);
  }
}

/** Marks invoices with nothing left to compute (fully credited) as final for their settlement. */
export async function markFinal(trx: Db, orgId: string, ids: readonly string[]): Promise<void> {
  for (const part of chunks(ids)) {
    await trx
      .updateTable('invoices')
      .set((eb) => ({ late_final_on: eb.ref('settled_on') }))
      .where('org_id', '=', orgId)
      .where('id', 'in', part)
      .execute();
  }
}

/** Sets accelerated_on on invoices still unaccelerated; returns nothing (the decisions say who). */
export async function markAccelerated(trx: Db, orgId: string, ids: readonly string[], on: string): Promise<void> {
  for (const part of chunks(ids)) {
    await trx
      .updateTable('invoices')
      .set({ accelerated_on: on })
      .where('org_id', '=', orgId)
      .where('id', 'in', part)
      .where('accelerated_on', 'is', null)
      .execute();
  }
}
