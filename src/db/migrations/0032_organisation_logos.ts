// Frozen in time: never import application types here.
// The company logo (issue #17, ADR 0034): every uploaded version is kept, immutable, under its
// SHA-256; the organisation points to the current one, and its identity versions (ADR 0012) carry
// that pointer, so a document issued under a logo prints that logo forever.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter.supportsTransactionalDdl;
  const blob = isPg ? sql`bytea` : sql`blob`;
  await db.schema
    .createTable('organisation_logos')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    // 'image/png' or 'image/jpeg', as read from the bytes.
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('width_px', 'integer', (c) => c.notNull())
    .addColumn('height_px', 'integer', (c) => c.notNull())
    .addColumn('content', blob, (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    // The administrator who uploaded it first (a user id).
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('organisation_logos_pk', ['org_id', 'sha256'])
    .execute();
  // The logo in force now; null: none.
  await db.schema.alterTable('organisations').addColumn('logo_sha256', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organisations').dropColumn('logo_sha256').execute();
  await db.schema.dropTable('organisation_logos').execute();
}
