// Frozen in time: never import application types here.
// Services and interventions (CGV art. 6, 7, 11.2; issue #11): technicians and their calendar
// feed, interventions scheduled from contract service lines, the technicians booked on each
// (never overlapping), what happened on them, and the maintenance tickets of each client.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const money = sql`bigint`;
  // A technician: a staff user with the technician role, or a named resource. Its row is what a
  // booking locks, so that two bookings of one technician are serialised.
  await db.schema
    .createTable('technicians')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    // SHA-256 of the secret of the iCalendar feed; null when none or revoked.
    .addColumn('feed_token_hash', 'text')
    .addColumn('feed_created_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('technicians_user_idx')
    .unique()
    .on('technicians')
    .columns(['org_id', 'user_id'])
    .execute();
  await db.schema.createIndex('technicians_feed_idx').unique().on('technicians').column('feed_token_hash').execute();

  await db.schema
    .createTable('interventions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('contract_line_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('service_kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('site_address', 'text')
    // Europe/Paris civil date and wall times of the slot; starts_at/ends_at 'YYYY-MM-DDTHH:MM'.
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('off_hours', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('surcharge_percent', 'text')
    .addColumn('surcharge_cents', money, (c) => c.notNull().defaultTo(0))
    .addColumn('service_price_cents', money, (c) => c.notNull())
    .addColumn('indemnity_cents', money, (c) => c.notNull().defaultTo(0))
    .addColumn('tickets', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('terms_version', 'text', (c) => c.notNull())
    // 'scheduled', 'to-reschedule' (postponed by the client), 'cancelled', 'completed', 'received'.
    .addColumn('status', 'text', (c) => c.notNull())
    // 'pending', 'guaranteed', 'not-guaranteed' (rule intervention.confirmation, art. 6.9).
    .addColumn('confirmation', 'text', (c) => c.notNull())
    .addColumn('confirmed_on', 'text')
    .addColumn('confirmed_by', 'text')
    .addColumn('charge_cents', money, (c) => c.notNull().defaultTo(0))
    .addColumn('charge_invoice_id', 'text')
    .addColumn('report_json', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('signed_by_name', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('received_on', 'text')
    .addColumn('invoice_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interventions_org_date_idx').on('interventions').columns(['org_id', 'date']).execute();
  await db.schema
    .createIndex('interventions_contract_idx')
    .on('interventions')
    .columns(['org_id', 'contract_id'])
    .execute();
  await db.schema
    .createIndex('interventions_pending_idx')
    .on('interventions')
    .columns(['org_id', 'confirmation', 'date'])
    .execute();

  // The technicians booked on an intervention; `active` 0 once it is cancelled or postponed.
  await db.schema
    .createTable('intervention_technicians')
    .addColumn('intervention_id', 'text', (c) => c.notNull())
    .addColumn('technician_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('intervention_technicians_pk', ['intervention_id', 'technician_id'])
    .execute();
  await db.schema
    .createIndex('intervention_technicians_slot_idx')
    .on('intervention_technicians')
    .columns(['org_id', 'technician_id', 'starts_at'])
    .execute();

  // What happened on an intervention besides decisions: client-caused delays (art. 6.9, 7), moves.
  await db.schema
    .createTable('intervention_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('intervention_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('cause', 'text')
    .addColumn('note', 'text')
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('intervention_events_idx')
    .on('intervention_events')
    .columns(['intervention_id', 'recorded_at'])
    .execute();

  // Maintenance tickets (art. 6.6, 11.2): one balance per client, never negative.
  await db.schema
    .createTable('ticket_balances')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('balance', 'integer', (c) => c.notNull().check(sql`balance >= 0`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_balances_pk', ['org_id', 'client_id'])
    .execute();
  await db.schema
    .createTable('ticket_movements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('intervention_id', 'text')
    .addColumn('invoice_id', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ticket_movements_client_idx')
    .on('ticket_movements')
    .columns(['org_id', 'client_id', 'recorded_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
