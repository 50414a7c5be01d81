// Frozen in time: never import application types here.
// A contract status change kept its reason in English only, so the French lifecycle screen showed
// English sentences ("force majeure … since …: obligations resume"). The reason is now stored in
// both languages; rows written before keep their English text on the French side too.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contract_status_changes').renameColumn('reason', 'reason_en').execute();
  await db.schema
    .alterTable('contract_status_changes')
    .addColumn('reason_fr', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db
    .updateTable('contract_status_changes')
    .set({ reason_fr: (eb: any) => eb.ref('reason_en') })
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contract_status_changes').dropColumn('reason_fr').execute();
  await db.schema.alterTable('contract_status_changes').renameColumn('reason_en', 'reason').execute();
}
