import type { Db, Dialect } from '../db/database.ts';
import type { EvidenceDocumentsTable, EvidenceEntriesTable } from '../db/schema.ts';

/** Reads and locks the chain head (PostgreSQL: row lock; SQLite: the writer lock is the transaction). */
export async function lockHead(trx: Db, dialect: Dialect, orgId: string) {
  let q = trx.selectFrom('evidence_heads').selectAll().where('org_id', '=', orgId);
  if (dialect === 'postgres') q = q.forUpdate();
  const head = await q.executeTakeFirst();
  if (head) return head;
  // The organisation's first entry: create the head row (a concurrent creator loses quietly), then lock it.
  await trx
    .insertInto('evidence_heads')
    .values({ org_id: orgId, seq: 0, hash: '0'.repeat(64) })
    .onConflict((oc) => oc.column('org_id').doNothing())
    .execute();
  return q.executeTakeFirstOrThrow();
}

export function setHead(trx: Db, orgId: string, seq: number, hash: string) {
  return trx.updateTable('evidence_heads').set({ seq, hash }).where('org_id', '=', orgId).execute();
}

export function insertEntry(trx: Db, row: EvidenceEntriesTable) {
  return trx.insertInto('evidence_entries').values(row).execute();
}

/**
 * Appends the entry and moves the head onto it. On PostgreSQL one statement does both (a
 * data-modifying WITH): one round trip fewer while the head row is locked, which every writer of
 * the organisation waits for (issue #19). SQLite runs in-process: two statements cost nothing.
 */
export async function insertEntryAndSetHead(trx: Db, dialect: Dialect, row: EvidenceEntriesTable) {
  if (dialect === 'sqlite') {
    await insertEntry(trx, row);
    await setHead(trx, row.org_id, row.seq, row.hash);
    return;
  }
  await trx
    .with('entry', (db) => db.insertInto('evidence_entries').values(row).returning('seq'))
    .updateTable('evidence_heads')
    .set({ seq: row.seq, hash: row.hash })
    .where('org_id', '=', row.org_id) // PostgreSQL runs a data-modifying WITH even when unreferenced
    .execute();
}

export function insertDocumentOnce(trx: Db, row: EvidenceDocumentsTable) {
  return trx
    .insertInto('evidence_documents')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'sha256']).doNothing())
    .execute();
}

export function findDocument(db: Db, orgId: string, sha256: string) {
  return db
    .selectFrom('evidence_documents')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

/** Empties a document's content (ADR 0026): its hash stays in the entries, its bytes are gone. */
export function markDocumentErased(trx: Db, orgId: string, sha256: string, at: string, seq: number) {
  return trx
    .updateTable('evidence_documents')
    .set({ content: new Uint8Array(0), size_bytes: 0, filename: 'erased', erased_at: at, erasure_seq: seq })
    .where('org_id', '=', orgId)
    .where('sha256', '=', sha256)
    .execute();
}

const CHAIN_COLUMNS = [
  'seq',
  'kind',
  'object_type',
  'object_id',
  'contract_id',
  'actor',
  'at',
  'document_sha256',
  'decision_json',
  'prev_hash',
  'hash',
] as const;

/**
 * Every entry of a chain in order, for the verifier, as keyset pages. Pages stay small: large
 * result arrays outlive the young generation and cost more in garbage collection than the query.
 */
export async function* chainPages(db: Db, orgId: string, pageSize = 5_000) {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('evidence_entries')
      .select(CHAIN_COLUMNS)
      .where('org_id', '=', orgId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

export function orgsWithEvidence(db: Db) {
  return db.selectFrom('evidence_heads').select(['org_id', 'seq', 'hash']).orderBy('org_id').execute();
}

export function entriesOfObject(db: Db, orgId: string, objectType: string, objectId: string) {
  return db
    .selectFrom('evidence_entries')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('object_type', '=', objectType)
    .where('object_id', '=', objectId)
    .orderBy('seq')
    .execute();
}

export function entriesOfContract(db: Db, orgId: string, contractId: string) {
  return db
    .selectFrom('evidence_entries')
    .selectAll()
    .where('org_id', '=', orgId)
    .where((eb) =>
      eb.or([
        eb('contract_id', '=', contractId),
        eb.and([eb('object_type', '=', 'contract'), eb('object_id', '=', contractId)]),
      ]),
    )
    .orderBy('seq')
    .execute();
}

/** The head of one organisation's chain (sequence number and hash), or undefined before its first entry. */
export function chainHead(db: Db, orgId: string) {
  return db.selectFrom('evidence_heads').select(['seq', 'hash']).where('org_id', '=', orgId).executeTakeFirst();
}
