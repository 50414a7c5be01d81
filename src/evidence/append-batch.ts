/**
 * Appends many entries to an organisation's chain at once (the monthly billing run records one
 * issue per invoice): the head is locked once, the chain is computed in memory exactly as
 * appendEvidence would, entry after entry, and the entries are written with multi-row inserts.
 * Call it inside the transaction of the acts it records.
 */
import type { Db, Dialect } from '../db/database.ts';
import type { EvidenceEntriesTable } from '../db/schema.ts';
import { chainedRow, type AppendedEvidence, type NewEvidence } from './append.ts';
import * as repo from './evidence.repo.ts';

/** An entry of a batch: a document already stored may be referenced, none is stored here. */
export type BatchEvidence = Omit<NewEvidence, 'orgId' | 'document'>;

/** Rows per INSERT: 12 columns, well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const ROWS_PER_INSERT = 1_000;

export async function appendEvidenceBatch(
  trx: Db,
  dialect: Dialect,
  orgId: string,
  entries: readonly BatchEvidence[],
): Promise<AppendedEvidence[]> {
  if (entries.length === 0) return [];
  const head = await repo.lockHead(trx, dialect, orgId);
  let seq = Number(head.seq);
  let prev = head.hash;
  const rows: EvidenceEntriesTable[] = [];
  const out: AppendedEvidence[] = [];
  for (const e of entries) {
    seq++;
    const documentSha256 = e.documentSha256 ?? null;
    const row = chainedRow(orgId, seq, prev, e, documentSha256);
    const hash = row.hash;
    rows.push(row);
    out.push({ seq, hash, documentSha256 });
    prev = hash;
  }
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await trx
      .insertInto('evidence_entries')
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .execute();
  await repo.setHead(trx, orgId, seq, prev);
  return out;
}
