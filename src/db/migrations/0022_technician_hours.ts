// Frozen in time: never import application types here.
// Technicians' weekly working hours (issue #11, ADR 0023) and the planning board's indexes.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // One range of hours per technician and ISO weekday (1 = Monday), inside ALLEO's business
  // hours (art. 6.9). A technician with no row works ALLEO's days and hours.
  await db.schema
    .createTable('technician_hours')
    .addColumn('technician_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 1 and 7`))
    // 'HH:MM' wall times of Europe/Paris; the range is never empty.
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('technician_hours_pk', ['technician_id', 'weekday'])
    .addCheckConstraint('technician_hours_range', sql`end_time > start_time`)
    .execute();
  // Whether the technician's hours were set (false: ALLEO's hours apply).
  await db.schema
    .alterTable('technicians')
    .addColumn('hours_set', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // The planning board reads a week of one organisation in (date, start, id) order: this index
  // serves the filter and the order (no sort), and the bookings of the week by their start.
  await db.schema
    .createIndex('interventions_board_idx')
    .on('interventions')
    .columns(['org_id', 'date', 'start_time', 'id'])
    .execute();
  await db.schema
    .createIndex('intervention_technicians_period_idx')
    .on('intervention_technicians')
    .columns(['org_id', 'starts_at', 'intervention_id', 'technician_id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
