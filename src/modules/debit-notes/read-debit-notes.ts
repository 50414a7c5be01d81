import type { AppContext } from '../../context.ts';
import { findDocument } from '../../evidence/index.ts';
import type { Decision } from '../../kernel/decision.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { clientScope } from '../shared/index.ts';
import * as repo from './debit-notes.repo.ts';

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
    termsVersion: r.terms_version,
    documentSha256: r.document_sha256,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

/** `GET /api/debit-notes?clientId=`: a client user sees its own company's only. */
export async function listDebitNotes(ctx: AppContext, actor: Actor, q: { clientId?: string; limit: number }) {
  const scope = clientScope(actor);
  if (scope !== null && q.clientId !== undefined && q.clientId !== scope) return [];
  const rows = await repo.listDebitNotes(ctx.db, actor.orgId, scope ?? q.clientId ?? null, q.limit);
  return rows.map(summary);
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
