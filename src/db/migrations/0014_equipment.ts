// Frozen in time: never import application types here.
// Deliveries, the equipment register, rentals and virtualized-solution provisioning (issue #10;
// CGV art. 4, 5, 7, 10.3, 15.3).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const money = sql`bigint`;
  const org = (c: any) => c.notNull().references('organisations.id');

  // Counters taken with a conditional update: the delivered quantity of a contract line (never
  // above what was ordered, even under concurrent deliveries) and the delivery notes of a contract.
  await db.schema
    .createTable('equipment_counters')
    .addColumn('org_id', 'text', org)
    .addColumn('counter_key', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('equipment_counters_pk', ['org_id', 'counter_key'])
    .execute();

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', org)
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('delivered_on', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('site', 'text')
    .addColumn('shipping_cents', money)
    .addColumn('shipping_on_invoice', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note_sha256', 'text', (c) => c.notNull())
    .addColumn('invoice_id', 'text', (c) => c.references('invoices.id'))
    .addColumn('reservation_text', 'text')
    .addColumn('reservation_recorded_at', 'text')
    .addColumn('reservation_recorded_by', 'text')
    .addColumn('reservation_deadline', 'text')
    .addColumn('reservation_confirmed_on', 'text')
    .addColumn('reservation_document_sha256', 'text')
    .addColumn('reservation_outcome', 'text')
    .addColumn('signed_name', 'text')
    .addColumn('signed_title', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('signed_document_sha256', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deliveries_number_uq').on('deliveries').columns(['org_id', 'number']).unique().execute();
  await db.schema.createIndex('deliveries_contract_idx').on('deliveries').columns(['org_id', 'contract_id']).execute();

  await db.schema
    .createTable('equipment_returns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', org)
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('returned_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('invoice_id', 'text', (c) => c.references('invoices.id'))
    .addColumn('indemnity_cents', money, (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // One row per delivered unit, by serial number (unique in the organisation's register).
  await db.schema
    .createTable('equipment_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', org)
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('contract_line_id', 'text', (c) => c.notNull().references('contract_lines.id'))
    .addColumn('delivery_id', 'text', (c) => c.notNull().references('deliveries.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('site', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('delivered_on', 'text', (c) => c.notNull())
    .addColumn('return_due_on', 'text')
    .addColumn('returned_on', 'text')
    .addColumn('return_id', 'text', (c) => c.references('equipment_returns.id'))
    .addColumn('return_condition_json', 'text')
    // What the sweep last computed for a rented unit still out after its return date (art. 15.3).
    .addColumn('late_as_of', 'text')
    .addColumn('late_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('late_indemnity_cents', money, (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('equipment_units_serial_uq')
    .on('equipment_units')
    .columns(['org_id', 'serial'])
    .unique()
    .execute();
  await db.schema
    .createIndex('equipment_units_client_idx')
    .on('equipment_units')
    .columns(['org_id', 'client_id', 'serial'])
    .execute();
  await db.schema.createIndex('equipment_units_line_idx').on('equipment_units').columns(['contract_line_id']).execute();
  await db.schema.createIndex('equipment_units_delivery_idx').on('equipment_units').columns(['delivery_id']).execute();

  await db.schema
    .createTable('rental_incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', org)
    .addColumn('unit_id', 'text', (c) => c.notNull().references('equipment_units.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('event_at', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('misuse', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('repair_invoice_id', 'text', (c) => c.references('invoices.id'))
    .addColumn('reported_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rental_incidents_contract_idx')
    .on('rental_incidents')
    .columns(['org_id', 'contract_id'])
    .execute();

  await db.schema
    .createTable('insurance_certificates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', org)
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('insurer', 'text', (c) => c.notNull())
    .addColumn('all_risks', 'integer', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('document_sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('insurance_certificates_contract_idx')
    .on('insurance_certificates')
    .columns(['org_id', 'contract_id'])
    .execute();

  await db.schema
    .createTable('provisionings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', org)
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('contract_line_id', 'text', (c) => c.notNull().references('contract_lines.id'))
    .addColumn('offer_line', 'text')
    .addColumn('environment', 'text', (c) => c.notNull())
    .addColumn('installation', 'text', (c) => c.notNull())
    .addColumn('data_hosting', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('provisionings_line_uq')
    .on('provisionings')
    .columns(['contract_line_id'])
    .unique()
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
