// Frozen in time: never import application types here.
// Contract lifecycle (issue #12; CGV art. 10.3, 11, 12, 13, 15, 16, 18, 21): statuses and their
// changes, formal notices and terminations, force-majeure events, warranty claims, returns (RMA),
// contestations (claims register), disputes, non-solicitation hirings, confidential information.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const money = sql`bigint`;
  // The first day the contract no longer runs (termination, cancellation, end): the rent billing
  // run bills up to the day before; null while it runs.
  await db.schema.alterTable('contracts').addColumn('ended_on', 'text').execute();

  await db.schema
    .createTable('contract_status_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('article', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contract_status_changes_contract_idx')
    .on('contract_status_changes')
    .columns(['org_id', 'contract_id'])
    .execute();

  await db.schema
    .createTable('formal_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('breach', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addColumn('curable', 'integer', (c) => c.notNull())
    // The acknowledgement of receipt (AR) of the registered letter; the cure period runs from it.
    .addColumn('received_on', 'text')
    .addColumn('terminable_from', 'text')
    .addColumn('cured_on', 'text')
    // The sweep day that found the contract terminable (flag for accounting).
    .addColumn('terminable_flagged_on', 'text')
    .addColumn('letter_sha256', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('formal_notices_contract_idx')
    .on('formal_notices')
    .columns(['org_id', 'contract_id'])
    .execute();

  await db.schema
    .createTable('contract_terminations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('ground', 'text', (c) => c.notNull())
    .addColumn('formal_notice_id', 'text')
    .addColumn('force_majeure_event_id', 'text')
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('client_fault', 'integer', (c) => c.notNull())
    .addColumn('refund_choice', 'text', (c) => c.notNull())
    .addColumn('refund_reason', 'text', (c) => c.notNull())
    .addColumn('refund_json', 'text', (c) => c.notNull())
    .addColumn('refund_cents', money, (c) => c.notNull())
    .addColumn('letter_sha256', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    // A contract is terminated once: a second termination loses on this constraint.
    .addUniqueConstraint('contract_terminations_contract_uq', ['contract_id'])
    .execute();

  await db.schema
    .createTable('force_majeure_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('invoked_by', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('force_majeure_contracts')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull().references('force_majeure_events.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addPrimaryKeyConstraint('force_majeure_contracts_pk', ['event_id', 'contract_id'])
    .execute();
  await db.schema
    .createIndex('force_majeure_contracts_contract_idx')
    .on('force_majeure_contracts')
    .columns(['org_id', 'contract_id'])
    .execute();

  // Claims register (art. 11.3): contestations of performance.
  await db.schema
    .createTable('contestations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('failure_date', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('paid_under_contract_cents', money, (c) => c.notNull())
    .addColumn('wilful_misconduct', 'integer', (c) => c.notNull())
    .addColumn('cap_cents', money)
    .addColumn('claimed_cents', money)
    .addColumn('indirect_damages_cents', money)
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Warranty claims (art. 11.2).
  await db.schema
    .createTable('warranty_claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('contract_line_id', 'text', (c) => c.notNull())
    .addColumn('serial', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('notified_on', 'text', (c) => c.notNull())
    .addColumn('warranty_ends_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('exclusion', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('letter_sha256', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Returns (RMA, art. 12).
  await db.schema
    .createTable('return_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('contract_line_id', 'text', (c) => c.notNull())
    .addColumn('serial', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('transport_paid_by', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('received_on', 'text')
    .addColumn('inspection_state', 'text')
    .addColumn('inspection_note', 'text')
    .addColumn('inspected_by', 'text')
    .addColumn('inspected_at', 'text')
    .addColumn('credit_note_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const table of ['contestations', 'warranty_claims', 'return_requests'])
    await db.schema.createIndex(`${table}_client_idx`).on(table).columns(['org_id', 'client_id']).execute();

  // Disputes (art. 21), non-solicitation hirings (art. 18), confidential information (art. 13).
  await db.schema
    .createTable('disputes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('contract_id', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('notified_on', 'text', (c) => c.notNull())
    .addColumn('court_from', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('solicitation_hirings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('employee_name', 'text', (c) => c.notNull())
    .addColumn('hired_on', 'text', (c) => c.notNull())
    .addColumn('monthly_gross_salary_cents', money, (c) => c.notNull())
    .addColumn('until', 'text')
    .addColumn('within_period', 'integer', (c) => c.notNull())
    .addColumn('indemnity_cents', money, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('confidential_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('contract_id', 'text')
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('disclosed_by', 'text', (c) => c.notNull())
    .addColumn('disclosed_on', 'text', (c) => c.notNull())
    .addColumn('exclusion', 'text')
    .addColumn('protected_until', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  for (const table of ['disputes', 'solicitation_hirings', 'confidential_items'])
    await db.schema.createIndex(`${table}_client_idx`).on(table).columns(['org_id', 'client_id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
