// Frozen in time: never import application types here.
// Invoicing, payments and late-payment enforcement (CGV art. 9, 10; LEGAL.md §1).
import { type Kysely, sql } from 'kysely';

async function addColumns(
  db: Kysely<any>,
  table: string,
  columns: Array<[string, 'text' | 'integer', ((c: any) => any)?]>,
) {
  for (const [name, type, build] of columns) {
    await db.schema
      .alterTable(table)
      .addColumn(name, type, build ?? ((c) => c))
      .execute();
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  const money = sql`bigint`;

  // The seller's VAT-on-debits option (mention 11° bis) and its SEPA creditor identifier (ICS).
  await addColumns(db, 'organisations', [
    ['vat_on_debits', 'integer', (c) => c.notNull().defaultTo(0)],
    ['sepa_creditor_id', 'text'],
  ]);

  // What the contract says about invoicing (art. 10.1): when goods and services are invoiced,
  // another payment term, prepayment or guarantees.
  await addColumns(db, 'contracts', [
    ['goods_billing', 'text', (c) => c.notNull().defaultTo('order')],
    ['services_billing', 'text', (c) => c.notNull().defaultTo('completion')],
    ['payment_term_days', 'integer'],
    ['prepayment_required', 'integer', (c) => c.notNull().defaultTo(0)],
    ['guarantee_note', 'text'],
  ]);

  // Invoices and credit notes. A draft has no number; issuing takes the next number of the
  // series in the same transaction and freezes every column but the payment bookkeeping.
  await db.schema
    .createTable('invoices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('contract_id', 'text', (c) => c.references('contracts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    // What created it, unique: 'rent:<contract>:<YYYY-MM>' makes a rerun of the billing run a no-op.
    .addColumn('billing_key', 'text')
    .addColumn('number', 'text')
    .addColumn('issue_date', 'text')
    .addColumn('due_date', 'text')
    .addColumn('operation_date', 'text')
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('corrects_invoice_id', 'text', (c) => c.references('invoices.id'))
    .addColumn('purchase_order_reference', 'text')
    .addColumn('delivery_address_json', 'text')
    .addColumn('nature', 'text', (c) => c.notNull())
    .addColumn('vat_on_debits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('payment_means', 'text', (c) => c.notNull())
    .addColumn('terms_version', 'text')
    // The late-interest mention printed at issue (L441-9), frozen with the invoice.
    .addColumn('late_rate_percent', 'text')
    .addColumn('late_rate_text', 'text')
    .addColumn('reason', 'text')
    .addColumn('notes_json', 'text', (c) => c.notNull())
    .addColumn('net_cents', money, (c) => c.notNull())
    .addColumn('vat_cents', money, (c) => c.notNull())
    .addColumn('gross_cents', money, (c) => c.notNull())
    .addColumn('vat_breakdown_json', 'text', (c) => c.notNull())
    // Payment bookkeeping (changes after issue): allocated payments and issued credit notes.
    .addColumn('paid_cents', money, (c) => c.notNull().defaultTo(0))
    .addColumn('credited_cents', money, (c) => c.notNull().defaultTo(0))
    .addColumn('settled_on', 'text')
    .addColumn('accelerated_on', 'text')
    // The latest invoice.late-payment decision (the sweep refreshes it) and what was claimed.
    .addColumn('late_json', 'text')
    .addColumn('late_as_of', 'text')
    .addColumn('late_interest_cents', money, (c) => c.notNull().defaultTo(0))
    .addColumn('late_indemnity_cents', money, (c) => c.notNull().defaultTo(0))
    .addColumn('interest_claimed_cents', money, (c) => c.notNull().defaultTo(0))
    .addColumn('indemnity_claimed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('document_sha256', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text')
    .addColumn('issued_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('invoices_number_uq', ['org_id', 'number'])
    .addUniqueConstraint('invoices_billing_key_uq', ['org_id', 'billing_key'])
    .execute();
  await db.schema
    .createIndex('invoices_client_idx')
    .on('invoices')
    .columns(['org_id', 'client_id', 'status'])
    .execute();
  await db.schema
    .createIndex('invoices_due_idx')
    .on('invoices')
    .columns(['org_id', 'status', 'settled_on', 'due_date'])
    .execute();
  await db.schema.createIndex('invoices_contract_idx').on('invoices').columns(['org_id', 'contract_id']).execute();

  await db.schema
    .createTable('invoice_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('nature', 'text', (c) => c.notNull())
    .addColumn('contract_line_id', 'text', (c) => c.references('contract_lines.id'))
    .addColumn('catalogue_item_id', 'text', (c) => c.references('catalogue_items.id'))
    .addColumn('sku', 'text')
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('unit_price_cents', money, (c) => c.notNull())
    .addColumn('discount_percent', 'text')
    .addColumn('vat_rate', 'text', (c) => c.notNull())
    .addColumn('net_cents', money, (c) => c.notNull())
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .execute();
  await db.schema
    .createIndex('invoice_lines_invoice_idx')
    .on('invoice_lines')
    .columns(['invoice_id', 'position'])
    .execute();
  await db.schema
    .createIndex('invoice_lines_contract_line_idx')
    .on('invoice_lines')
    .columns(['org_id', 'contract_line_id'])
    .execute();

  // Payments as received (R3: the date the funds reached ALLEO), allocated to invoices; what is
  // not allocated is the client's credit. A bounced direct debit reverses the payment.
  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('amount_cents', money, (c) => c.notNull())
    .addColumn('means', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('label', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reversed_on', 'text')
    .addColumn('reversal_reason', 'text')
    .addColumn('bank_line_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('payments_client_idx')
    .on('payments')
    .columns(['org_id', 'client_id', 'received_on'])
    .execute();

  await db.schema
    .createTable('payment_allocations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('payment_id', 'text', (c) => c.notNull().references('payments.id'))
    // An invoice or a debit note (exactly one of the two).
    .addColumn('invoice_id', 'text', (c) => c.references('invoices.id'))
    .addColumn('debit_note_id', 'text')
    .addColumn('amount_cents', money, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('payment_allocations_payment_idx')
    .on('payment_allocations')
    .columns(['payment_id'])
    .execute();
  await db.schema
    .createIndex('payment_allocations_invoice_idx')
    .on('payment_allocations')
    .columns(['org_id', 'invoice_id'])
    .execute();

  // Bank statement imports and their lines, with the matches proposed and confirmed.
  await db.schema
    .createTable('bank_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('line_count', 'integer', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('bank_imports_sha_uq', ['org_id', 'sha256'])
    .execute();
  await db.schema
    .createTable('bank_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text', (c) => c.notNull().references('bank_imports.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('booked_on', 'text', (c) => c.notNull())
    .addColumn('amount_cents', money, (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text')
    .addColumn('proposal_json', 'text')
    .addColumn('payment_id', 'text')
    .execute();
  await db.schema.createIndex('bank_lines_import_idx').on('bank_lines').columns(['import_id', 'position']).execute();

  // Debit notes (notes de débit): late-payment interest and the EUR 40 indemnity, no VAT (R11),
  // numbered in their own series.
  await db.schema
    .createTable('debit_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('total_cents', money, (c) => c.notNull())
    .addColumn('paid_cents', money, (c) => c.notNull().defaultTo(0))
    .addColumn('terms_version', 'text', (c) => c.notNull())
    .addColumn('document_sha256', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('debit_notes_number_uq', ['org_id', 'number'])
    .execute();
  await db.schema.createIndex('debit_notes_client_idx').on('debit_notes').columns(['org_id', 'client_id']).execute();
  await db.schema
    .createTable('debit_note_rows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('debit_note_id', 'text', (c) => c.notNull().references('debit_notes.id'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id'))
    .addColumn('computed_until', 'text', (c) => c.notNull())
    .addColumn('days_late', 'integer', (c) => c.notNull())
    .addColumn('interest_cents', money, (c) => c.notNull())
    .addColumn('indemnity_cents', money, (c) => c.notNull())
    .addColumn('decision_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('debit_note_rows_invoice_idx')
    .on('debit_note_rows')
    .columns(['org_id', 'invoice_id'])
    .execute();

  // The dunning ladder of an organisation and the steps taken per invoice (once each).
  await db.schema
    .createTable('dunning_steps')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('days_after_due', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dunning_steps_pk', ['org_id', 'position'])
    .execute();
  await db.schema
    .createTable('dunning_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id'))
    .addColumn('step_position', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text', (c) => c.notNull())
    .addColumn('document_sha256', 'text', (c) => c.notNull())
    .addColumn('evidence_seq', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('dunning_actions_step_uq', ['org_id', 'invoice_id', 'step_position'])
    .execute();

  // One row per monthly billing run (progress and figures shown to accounting).
  await db.schema
    .createTable('billing_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('contracts_seen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('invoices_created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
