// Frozen in time: never import application types here.
// Write path (issue #19): every evidence append writes a page of each index of evidence_entries.
// evidence_contract_idx (org_id, contract_id) is a prefix of evidence_entries_contract (org_id,
// contract_id, seq, migration 0025), which serves every query the first one served.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('evidence_contract_idx').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('evidence_contract_idx')
    .on('evidence_entries')
    .columns(['org_id', 'contract_id'])
    .execute();
}
