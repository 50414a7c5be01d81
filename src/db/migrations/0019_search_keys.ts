// Frozen in time: never import application types here.
// Daily use (issue #17): the clients' search key (ADR 0028) — the legal name with accents, case,
// ligatures and spacing folded — searched with LIKE and sorted on, the same on both engines.
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
  // Byte order on both engines (SQLite compares text bytewise; PostgreSQL would use the locale's
  // collation), so that pages and sorts agree whatever the server's locale.
  const postgres = db.getExecutor().adapter.supportsTransactionalDdl;
  await db.schema
    .alterTable('clients')
    .addColumn('search_name', 'text', (c) => {
      const col = c.notNull().defaultTo('');
      return postgres ? col.modifyFront(sql`collate "C"`) : col;
    })
    .execute();
  const rows = await db.selectFrom('clients').select(['id', 'legal_name']).execute();
  for (const r of rows as { id: string; legal_name: string }[])
    await db
      .updateTable('clients')
      .set({ search_name: fold(r.legal_name) })
      .where('id', '=', r.id)
      .execute();
  // Lists and pickers page on (search_name, id) with a keyset cursor.
  await db.schema.createIndex('clients_search_name').on('clients').columns(['org_id', 'search_name', 'id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup to go back.');
}
