// Frozen in time: never import application types here.
// Least privilege (issue #16): bearer tokens get an expiry; the end of a client relationship
// (which starts the art. 17.2 retention clock) records who set it and when.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // UTC ISO timestamp after which the token is refused. Tokens created before this migration
  // keep null (no expiry): the tokens list shows them as such, for their owners to replace.
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();
  // The user who last set or cleared relationship_ended_on, and when (UTC ISO).
  await db.schema.alterTable('clients').addColumn('relationship_end_set_by', 'text').execute();
  await db.schema.alterTable('clients').addColumn('relationship_end_set_at', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
