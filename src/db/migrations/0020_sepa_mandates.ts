// Frozen in time: never import application types here.
// SEPA direct debit (issue #13, ADR 0019): mandates of their own (one client may sign several,
// CORE or B2B; amended over time, the history kept), collection runs with their files and debits,
// returned debits (R-transactions). The mandate fields of `clients` (0004) are copied into the
// new table once, as CORE mandates, and left in place for the older reads.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sepa_mandates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    // The unique mandate reference (RUM / UMR), unique per creditor.
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('scheme', 'text', (c) => c.notNull().check(sql`scheme in ('CORE', 'B2B')`))
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('debtor_name', 'text', (c) => c.notNull())
    .addColumn('debtor_iban', 'text', (c) => c.notNull())
    .addColumn('debtor_bic', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('active')
        .check(sql`status in ('active', 'revoked')`),
    )
    .addColumn('revoked_on', 'text')
    // The collection date of its first debit put in a generated file: null → the next debit is FRST.
    .addColumn('first_used_on', 'text')
    .addColumn('last_used_on', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sepa_mandates_reference_idx')
    .on('sepa_mandates')
    .columns(['org_id', 'reference'])
    .unique()
    .execute();
  await db.schema
    .createIndex('sepa_mandates_client_idx')
    .on('sepa_mandates')
    .columns(['org_id', 'client_id'])
    .execute();
  // Every amendment: the fields before and after, who and why (the EPC rulebook keeps them).
  await db.schema
    .createTable('sepa_mandate_amendments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('mandate_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('before_json', 'text', (c) => c.notNull())
    .addColumn('after_json', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('amended_by', 'text')
    .addColumn('amended_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sepa_mandate_amendments_idx')
    .on('sepa_mandate_amendments')
    .columns(['mandate_id', 'version'])
    .unique()
    .execute();
  await db.schema
    .createTable('sepa_collection_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('due_by', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('generated', 'sent')`))
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('total_cents', 'bigint', (c) => c.notNull())
    .addColumn('skipped_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_by', 'text')
    .addColumn('sent_at', 'text')
    .execute();
  // One pain.008 file per scheme and collection date.
  await db.schema
    .createTable('sepa_collection_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('scheme', 'text', (c) => c.notNull())
    .addColumn('collection_date', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('xml', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('total_cents', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sepa_collection_files_run_idx').on('sepa_collection_files').column('run_id').execute();
  // One debit of a run: an invoice collected under a mandate; an invoice is in one live run at most.
  await db.schema
    .createTable('sepa_debits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('invoice_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('mandate_id', 'text', (c) => c.notNull())
    .addColumn('sequence', 'text', (c) => c.notNull().check(sql`sequence in ('FRST', 'RCUR')`))
    .addColumn('end_to_end_id', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addColumn('collection_date', 'text', (c) => c.notNull())
    // The pre-notification e-mail and the day its transport accepted it (null until then).
    .addColumn('pre_notification_message_id', 'text')
    .addColumn('pre_notified_at', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'returned')`),
    )
    .execute();
  await db.schema.createIndex('sepa_debits_run_idx').on('sepa_debits').column('run_id').execute();
  await db.schema.createIndex('sepa_debits_invoice_idx').on('sepa_debits').columns(['org_id', 'invoice_id']).execute();
  // An invoice is in one pending debit at most: two runs generated at once cannot both collect it.
  await sql`create unique index sepa_debits_pending_invoice_idx on sepa_debits (org_id, invoice_id) where status = 'pending'`.execute(
    db,
  );
  await db.schema
    .createIndex('sepa_debits_message_idx')
    .on('sepa_debits')
    .column('pre_notification_message_id')
    .execute();
  // A returned debit (R-transaction): from a camt.053 entry (keyed by its bank reference) or by hand.
  await db.schema
    .createTable('sepa_returns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('payment_id', 'text', (c) => c.notNull())
    .addColumn('invoice_id', 'text')
    .addColumn('debit_id', 'text')
    .addColumn('reason_code', 'text', (c) => c.notNull())
    .addColumn('returned_on', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('bank', 'manual')`))
    .addColumn('bank_reference', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sepa_returns_payment_idx')
    .on('sepa_returns')
    .columns(['org_id', 'payment_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('sepa_returns_bank_reference_idx')
    .on('sepa_returns')
    .columns(['org_id', 'bank_reference'])
    .unique()
    .execute();

  // The mandates already on client records become CORE mandates.
  const rows = (await db
    .selectFrom('clients')
    .select(['id', 'org_id', 'legal_name', 'iban', 'bic', 'mandate_reference', 'mandate_signed_on', 'created_at'])
    .where('mandate_reference', 'is not', null)
    .where('mandate_signed_on', 'is not', null)
    .where('iban', 'is not', null)
    .execute()) as Array<Record<string, string>>;
  const seen = new Set<string>();
  let n = 0;
  for (const r of rows) {
    const key = `${r.org_id}/${r.mandate_reference}`;
    if (seen.has(key)) continue;
    seen.add(key);
    n += 1;
    await db
      .insertInto('sepa_mandates')
      .values({
        id: `mig0020-${String(n).padStart(6, '0')}-${r.id}`,
        org_id: r.org_id,
        client_id: r.id,
        reference: r.mandate_reference,
        scheme: 'CORE',
        signed_on: r.mandate_signed_on,
        debtor_name: r.legal_name,
        debtor_iban: r.iban,
        debtor_bic: r.bic ?? null,
        status: 'active',
        version: 1,
        created_by: null,
        created_at: r.created_at,
        updated_at: r.created_at,
      })
      .execute();
  }
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
