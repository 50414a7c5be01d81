// Frozen in time: never import application types here.
import { type Kysely, sql } from 'kysely';

/** SQLite accepts one column per ALTER TABLE, so every column is its own statement. */
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
  // Contacts of a client; the designated correspondent of art. 7 is one of them.
  await db.schema
    .createTable('client_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('client_contacts_client_idx')
    .on('client_contacts')
    .columns(['org_id', 'client_id'])
    .execute();

  await addColumns(db, 'clients', [
    ['site_address_line', 'text'],
    ['site_postal_code', 'text'],
    ['site_city', 'text'],
    ['site_country', 'text'],
    ['payment_method', 'text', (c) => c.notNull().defaultTo('bank-transfer')],
    ['iban', 'text'],
    ['bic', 'text'],
    ['mandate_reference', 'text'],
    ['mandate_signed_on', 'text'],
    ['public_buyer', 'integer', (c) => c.notNull().defaultTo(0)],
    ['financial_status', 'text', (c) => c.notNull().defaultTo('normal')],
    ['reference_opt_out', 'integer', (c) => c.notNull().defaultTo(0)],
    // Pointing from the client (not a flag on contacts) makes "one correspondent" structural.
    ['correspondent_contact_id', 'text', (c) => c.references('client_contacts.id')],
  ]);
  await db.schema.createIndex('clients_siren_idx').on('clients').columns(['org_id', 'siren']).execute();

  // Who changed a client's financial status, when and why (art. 10.1: terms adapted to it).
  await db.schema
    .createTable('client_financial_status_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('client_fin_status_client_idx')
    .on('client_financial_status_changes')
    .columns(['org_id', 'client_id', 'at'])
    .execute();

  // Reference data shared by every organisation, like the ECB table: VAT rates by period
  // (effective_to is the last day in force, inclusive; null while in force).
  await db.schema
    .createTable('vat_rates')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('rate_percent', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    .addPrimaryKeyConstraint('vat_rates_pk', ['country', 'rate_percent', 'effective_from'])
    .execute();
  // The French rates in force since the 2014 reform (CGI art. 278 to 281 nonies).
  await db
    .insertInto('vat_rates')
    .values([
      { country: 'FR', rate_percent: '20', label: 'Taux normal', effective_from: '2014-01-01', effective_to: null },
      {
        country: 'FR',
        rate_percent: '10',
        label: 'Taux intermédiaire',
        effective_from: '2014-01-01',
        effective_to: null,
      },
      { country: 'FR', rate_percent: '5.5', label: 'Taux réduit', effective_from: '2014-01-01', effective_to: null },
      {
        country: 'FR',
        rate_percent: '2.1',
        label: 'Taux particulier',
        effective_from: '2014-01-01',
        effective_to: null,
      },
    ])
    .execute();

  // Products are hardware or virtualized solutions (art. 5, 8); a solution is licensed per user.
  await addColumns(db, 'catalogue_items', [
    ['solution_kind', 'text'],
    ['licence_users', 'integer'],
  ]);
  // Items created before this migration: the hardware categories of the first catalogue, the
  // other products being virtualized solutions licensed for one user until someone says more.
  await sql`update catalogue_items set solution_kind = case when category in ('firewall', 'wifi-access-point', 'switch') then 'hardware' else 'virtualized' end where kind = 'product'`.execute(
    db,
  );
  await sql`update catalogue_items set licence_users = 1 where solution_kind = 'virtualized'`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
