// Frozen in time: never import application types here.
// Quotes (art. 3.1), rental files and lessors (3.2), contracts (3.2–3.4, 15.1, 19), licences (8, 14).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const money = sql`bigint`;

  // One gapless counter per organisation, series and year ('D' quotes, 'C' contracts, 'AR'
  // acknowledgements): the number is taken in the transaction that issues the document.
  await db.schema
    .createTable('document_sequences')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_sequences_pk', ['org_id', 'series', 'year'])
    .execute();

  await db.schema
    .createTable('lessors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('siren', 'text')
    .addColumn('address_line', 'text', (c) => c.notNull())
    .addColumn('postal_code', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('quotes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('number', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('supersedes_id', 'text', (c) => c.references('quotes.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('delivery_lead_time', 'text', (c) => c.notNull())
    .addColumn('validity_days', 'integer')
    .addColumn('lessor_id', 'text', (c) => c.references('lessors.id'))
    .addColumn('notes_json', 'text', (c) => c.notNull())
    .addColumn('net_cents', money, (c) => c.notNull())
    .addColumn('vat_cents', money, (c) => c.notNull())
    .addColumn('gross_cents', money, (c) => c.notNull())
    .addColumn('monthly_rent_cents', money)
    .addColumn('vat_breakdown_json', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('terms_version', 'text')
    .addColumn('pdf_sha256', 'text')
    .addColumn('issued_at', 'text')
    .addColumn('issued_by', 'text')
    .addColumn('accepted_on', 'text')
    .addColumn('acceptance_json', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('quotes_number_version_uq', ['org_id', 'number', 'version'])
    .execute();
  await db.schema
    .createIndex('quotes_org_status_idx')
    .on('quotes')
    .columns(['org_id', 'status', 'expires_on'])
    .execute();
  await db.schema.createIndex('quotes_client_idx').on('quotes').columns(['org_id', 'client_id']).execute();

  await db.schema
    .createTable('quote_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('quote_id', 'text', (c) => c.notNull().references('quotes.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('catalogue_item_id', 'text', (c) => c.notNull().references('catalogue_items.id'))
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('unit_price_cents', money, (c) => c.notNull())
    .addColumn('discount_percent', 'text')
    .addColumn('rent_cents', money)
    .addColumn('maintenance_fee_cents', money)
    .addColumn('monthly_rent_cents', money)
    .addColumn('rental_months', 'integer')
    .addColumn('vat_rate', 'text', (c) => c.notNull())
    .addColumn('net_cents', money, (c) => c.notNull())
    .addColumn('licensed_users', 'integer')
    .execute();
  await db.schema.createIndex('quote_lines_quote_idx').on('quote_lines').columns(['quote_id', 'position']).execute();

  // Rental file reviews (art. 3.2): by ALLEO and, when financed, by the lessor; the latest
  // review of each party decides.
  await db.schema
    .createTable('rental_file_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('quote_id', 'text', (c) => c.notNull().references('quotes.id'))
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('lessor_id', 'text', (c) => c.references('lessors.id'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('document_sha256', 'text')
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    // The evidence entry's sequence number orders reviews made within the same instant.
    .addColumn('evidence_seq', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rental_file_reviews_quote_idx')
    .on('rental_file_reviews')
    .columns(['org_id', 'quote_id', 'evidence_seq'])
    .execute();

  await db.schema
    .createTable('contracts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('quote_id', 'text', (c) => c.notNull().references('quotes.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('order_date', 'text', (c) => c.notNull())
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('terms_version', 'text', (c) => c.notNull())
    .addColumn('quote_terms_version', 'text', (c) => c.notNull())
    .addColumn('purchase_order_reference', 'text')
    .addColumn('lessor_id', 'text', (c) => c.references('lessors.id'))
    .addColumn('delivery_lead_time', 'text', (c) => c.notNull())
    .addColumn('net_cents', money, (c) => c.notNull())
    .addColumn('vat_cents', money, (c) => c.notNull())
    .addColumn('gross_cents', money, (c) => c.notNull())
    .addColumn('monthly_rent_cents', money)
    .addColumn('vat_breakdown_json', 'text', (c) => c.notNull())
    .addColumn('acknowledgement_number', 'text', (c) => c.notNull())
    .addColumn('acknowledgement_sha256', 'text', (c) => c.notNull())
    .addColumn('formed_at', 'text', (c) => c.notNull())
    .addColumn('formed_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('contracts_number_uq', ['org_id', 'number'])
    // One contract per accepted quote: a second acknowledgement loses on this constraint.
    .addUniqueConstraint('contracts_quote_uq', ['quote_id'])
    .execute();
  await db.schema.createIndex('contracts_client_idx').on('contracts').columns(['org_id', 'client_id']).execute();

  await db.schema
    .createTable('contract_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('catalogue_item_id', 'text', (c) => c.notNull().references('catalogue_items.id'))
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('unit_price_cents', money, (c) => c.notNull())
    .addColumn('discount_percent', 'text')
    .addColumn('rent_cents', money)
    .addColumn('maintenance_fee_cents', money)
    .addColumn('monthly_rent_cents', money)
    .addColumn('rental_months', 'integer')
    .addColumn('rental_ends_on', 'text')
    .addColumn('vat_rate', 'text', (c) => c.notNull())
    .addColumn('net_cents', money, (c) => c.notNull())
    .addColumn('licensed_users', 'integer')
    .execute();
  await db.schema
    .createIndex('contract_lines_contract_idx')
    .on('contract_lines')
    .columns(['contract_id', 'position'])
    .execute();

  await db.schema
    .createTable('contract_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('by_party', 'text', (c) => c.notNull())
    .addColumn('assignee_name', 'text', (c) => c.notNull())
    .addColumn('assignee_siren', 'text')
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('document_sha256', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('evidence_seq', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contract_assignments_contract_idx')
    .on('contract_assignments')
    .columns(['org_id', 'contract_id'])
    .execute();

  await db.schema
    .createTable('licences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('contract_line_id', 'text', (c) => c.notNull().references('contract_lines.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('solution', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('licensed_users', 'integer', (c) => c.notNull())
    .addColumn('terms_version', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('licences_client_idx').on('licences').columns(['org_id', 'client_id']).execute();

  await db.schema
    .createTable('licence_usages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('licence_id', 'text', (c) => c.notNull().references('licences.id'))
    .addColumn('observed_on', 'text', (c) => c.notNull())
    .addColumn('users_count', 'integer', (c) => c.notNull())
    .addColumn('over_limit', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('licence_usages_licence_idx')
    .on('licence_usages')
    .columns(['licence_id', 'observed_on'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
