// Frozen in time: never import application types here.
// Daily use (issue #17): the catalogue list sorts item names in French order and the quote
// editor's picker searches them accent- and case-insensitively on the server (ADR 0028): a search
// key beside the name, as clients have. The payments list pages on its received date.
import { sql, type Kysely } from 'kysely';

/** A copy of the folding of this release (src/kernel/search-key.ts), frozen with the migration. */
function fold(text: string): string {
  const ligatures: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (c) => ligatures[c] ?? c)
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

export async function up(db: Kysely<any>): Promise<void> {
  // Byte order on both engines, as clients.search_name (migration 0019).
  const postgres = db.getExecutor().adapter.supportsTransactionalDdl;
  await db.schema
    .alterTable('catalogue_items')
    .addColumn('search_name', 'text', (c) => {
      const col = c.notNull().defaultTo('');
      return postgres ? col.modifyFront(sql`collate "C"`) : col;
    })
    .execute();
  const rows = await db.selectFrom('catalogue_items').select(['id', 'name']).execute();
  for (const r of rows as { id: string; name: string }[])
    await db
      .updateTable('catalogue_items')
      .set({ search_name: fold(r.name) })
      .where('id', '=', r.id)
      .execute();
  await db.schema
    .createIndex('catalogue_items_search_name')
    .on('catalogue_items')
    .columns(['org_id', 'search_name', 'id'])
    .execute();
  await db.schema.createIndex('payments_received_on').on('payments').columns(['org_id', 'received_on', 'id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
