import type { AppContext } from '../../context.ts';
import { findDocument } from '../../evidence/index.ts';
import type { Decision } from '../../kernel/decision.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { clientScope } from '../shared/index.ts';
import * as repo from './debit-notes.repo.ts';
import { debitNoteSortValue, debitNoteStatus, listDebitNoteRows } from './debit-note-list.repo.ts';
import type { DebitNoteListQuery } from './debit-notes.schemas.ts';
import { parisDate } from '../../context.ts';
import { readAfter, everyPage, keysetResult } from '../../kernel/list-page.ts';
import { searchKey } from '../../kernel/search-key.ts';

function summary(r: repo.DebitNoteRow) {
  return {
    id: r.id,
    number: r.number,
    clientId: r.client_id,
    clientName: r.client_name,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    totalCents: Number(r.total_cents),
    paidCents: Number(r.paid_cents),
    openCents: Math.max(0, Number(r.total_cents) - Number(r.paid_cents)),
    status: debitNoteStatus(r),
    termsVersion: r.terms_version,
    documentSha256: r.document_sha256,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

type ListOptions = Omit<DebitNoteListQuery, 'sort' | 'dir'> & Partial<Pick<DebitNoteListQuery, 'sort' | 'dir'>>;

/** One page of the debit notes the actor may see (a client user: its own company's), and the next page's cursor. */
export async function listDebitNotePage(ctx: AppContext, actor: Actor, q: ListOptions) {
  const scope = clientScope(actor);
  if (scope !== null && q.clientId !== undefined && q.clientId !== scope) return { items: [], nextCursor: null };
  const sort = q.sort ?? 'issued';
  const rows = await listDebitNoteRows(ctx.db, actor.orgId, {
    clientId: scope ?? q.clientId ?? null,
    ...(q.status ? { status: q.status } : {}),
    ...(q.issuedFrom ? { issuedFrom: q.issuedFrom } : {}),
    ...(q.issuedTo ? { issuedTo: q.issuedTo } : {}),
    words: q.q ? searchKey(q.q).split(' ').filter(Boolean) : [],
    today: parisDate(ctx.now()),
    sort,
    dir: q.dir ?? 'desc',
    after: readAfter(q.after),
    limit: q.limit + 1,
  });
  return keysetResult(rows, q.limit, (r) => debitNoteSortValue(r, sort), summary);
}

/** The first page of the debit notes the actor may see, newest first (other modules and the seed). */
export async function listDebitNotes(ctx: AppContext, actor: Actor, q: ListOptions) {
  return (await listDebitNotePage(ctx, actor, q)).items;
}

/** Every debit note of the filtered list in the list's order (the export). */
export function allDebitNotes(ctx: AppContext, actor: Actor, q: Omit<DebitNoteListQuery, 'after' | 'limit'>) {
  return everyPage((after) => listDebitNotePage(ctx, actor, { ...q, limit: 500, ...(after ? { after } : {}) }));
}

export async function visibleDebitNote(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.findDebitNote(ctx.db, actor.orgId, id, clientScope(actor));
  if (!row) throw new AppError('debit_note.not_found');
  return row;
}

/** `GET /api/debit-notes/:id`: the note and its rows, each with the decision it claims from. */
export async function getDebitNote(ctx: AppContext, actor: Actor, id: string) {
  const row = await visibleDebitNote(ctx, actor, id);
  const rows = await repo.rowsOf(ctx.db, id);
  return {
    debitNote: {
      ...summary(row),
      rows: rows.map((r) => {
        const decision = JSON.parse(r.decision_json) as Decision;
        return {
          invoiceId: r.invoice_id,
          invoiceNumber: r.invoice_number,
          invoiceDueDate: r.invoice_due_date,
          computedUntil: r.computed_until,
          daysLate: Number(r.days_late),
          interestCents: Number(r.interest_cents),
          indemnityCents: Number(r.indemnity_cents),
          article: decision.citation.article,
          termsVersion: decision.citation.termsVersion,
          explanation: decision.explanation,
          decision,
        };
      }),
    },
  };
}

/** `GET /api/debit-notes/:id/pdf`: the very bytes stored in the evidence log at issue. */
export async function debitNotePdf(ctx: AppContext, actor: Actor, id: string) {
  const row = await visibleDebitNote(ctx, actor, id);
  const doc = await findDocument(ctx.db, actor.orgId, row.document_sha256);
  if (!doc) throw new AppError('evidence.not_found');
  return { bytes: doc.content, filename: doc.filename };
}
