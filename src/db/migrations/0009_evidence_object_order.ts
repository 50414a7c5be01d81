// Frozen in time: never import application types here.
import type { Kysely } from 'kysely';

/**
 * The entries of one object are read in chain order (quote, contract and invoice screens). With
 * only (org_id, object_type, object_id) indexed, SQLite's planner preferred walking the whole
 * chain by its primary key (org_id, seq) to avoid a sort: a read that grew with the log. This
 * index serves both the filter and the order.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('evidence_object_seq_idx')
    .on('evidence_entries')
    .columns(['org_id', 'object_type', 'object_id', 'seq'])
    .execute();
  await db.schema.dropIndex('evidence_object_idx').execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
