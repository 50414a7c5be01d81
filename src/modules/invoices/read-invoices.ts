import { parisDate, type AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE } from '../../documents/index.ts';
import { appendEvidence, findDocument, sha256OfBytes } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { clientAt } from '../clients/index.ts';
import { organisationAt } from '../organisations/index.ts';
import { clientScope, evidenceOf, timelineOf } from '../shared/index.ts';
import { toInvoiceOut, toInvoiceSummary } from './invoice-mapper.ts';
import { invoiceFilename } from './invoice-pdf.ts';
import { issueContext, renderIssuedInvoice } from './issue-invoice.ts';
import * as repo from './invoices.repo.ts';
import type { InvoiceFilter } from './invoices.repo.ts';
import type { InvoiceSort, InvoiceSummary } from './invoices.schemas.ts';
import { decodeCursor, encodeCursor } from '../../kernel/cursor.ts';
import { EXPORT_MAX_ROWS } from '../../kernel/list-query.ts';
import { searchKey } from '../../kernel/search-key.ts';

/** An invoice the actor may see (a client user: its own company's issued ones), or 404. */
export async function visibleInvoice(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.findInvoice(ctx.db, actor.orgId, id, clientScope(actor));
  if (!row) throw new AppError('invoice.not_found');
  return row;
}

export interface InvoiceListOptions {
  filter?: InvoiceFilter;
  kind?: 'invoice' | 'credit-note';
  clientId?: string;
  contractId?: string;
  q?: string;
  dueFrom?: string;
  dueTo?: string;
  issuedFrom?: string;
  issuedTo?: string;
  sort?: InvoiceSort;
  dir?: 'asc' | 'desc';
  after?: string;
  limit: number;
}

/** One page of the invoices the actor may see, and the cursor of the next page (null on the last). */
export async function listInvoicePage(ctx: AppContext, actor: Actor, q: InvoiceListOptions) {
  const scope = clientScope(actor);
  if (scope !== null && q.clientId !== undefined && q.clientId !== scope) return { items: [], nextCursor: null };
  const after = q.after === undefined ? null : decodeCursor(q.after, 2);
  if (q.after !== undefined && after === null)
    throw new AppError('request.invalid', {
      errors: [{ path: 'querystring.after', message: 'not a cursor of this list', fr: 'curseur invalide' }],
    });
  const today = parisDate(ctx.now());
  const sort = q.sort ?? 'created';
  const words = q.q ? searchKey(q.q).split(' ').filter(Boolean) : [];
  const rows = await repo.listInvoices(ctx.db, actor.orgId, {
    clientId: scope ?? q.clientId ?? null,
    ...(q.contractId ? { contractId: q.contractId } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.filter ? { filter: q.filter } : {}),
    ...(q.dueFrom ? { dueFrom: q.dueFrom } : {}),
    ...(q.dueTo ? { dueTo: q.dueTo } : {}),
    ...(q.issuedFrom ? { issuedFrom: q.issuedFrom } : {}),
    ...(q.issuedTo ? { issuedTo: q.issuedTo } : {}),
    words,
    today,
    // One row more than asked tells whether a next page exists.
    limit: q.limit + 1,
    excludeDrafts: scope !== null,
    sort,
    dir: q.dir ?? 'desc',
    after: after ? [after[0]!, after[1]!] : null,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => toInvoiceSummary(r, today)),
    nextCursor: rows.length > q.limit && last ? encodeCursor([repo.sortValue(last, sort), last.id]) : null,
  };
}

/** The first page of the invoices the actor may see (other modules and the seed). */
export async function listInvoices(ctx: AppContext, actor: Actor, q: InvoiceListOptions) {
  return (await listInvoicePage(ctx, actor, q)).items;
}

/** Every invoice of the filtered list, page after page (the export), at most EXPORT_MAX_ROWS. */
export async function allInvoices(ctx: AppContext, actor: Actor, q: Omit<InvoiceListOptions, 'limit' | 'after'>) {
  const out: InvoiceSummary[] = [];
  let after: string | undefined;
  do {
    const page = await listInvoicePage(ctx, actor, { ...q, limit: 500, ...(after ? { after } : {}) });
    out.push(...page.items);
    after = page.nextCursor ?? undefined;
  } while (after && out.length < EXPORT_MAX_ROWS);
  return out.slice(0, EXPORT_MAX_ROWS);
}

async function paymentsOf(ctx: AppContext, orgId: string, invoiceId: string) {
  const rows = await ctx.db
    .selectFrom('payment_allocations')
    .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
    .select([
      'payments.id as paymentId',
      'payments.received_on as receivedOn',
      'payment_allocations.amount_cents as amountCents',
      'payments.means',
      'payments.status',
    ])
    .where('payment_allocations.org_id', '=', orgId)
    .where('payment_allocations.invoice_id', '=', invoiceId)
    .orderBy('payments.received_on')
    .execute();
  return rows.map((r) => ({ ...r, amountCents: Number(r.amountCents) }));
}

/** One invoice with its lines, credit notes, payments, decisions and evidence. */
export async function getInvoice(ctx: AppContext, actor: Actor, id: string) {
  const row = await visibleInvoice(ctx, actor, id);
  const today = parisDate(ctx.now());
  const [lines, credits, payments, decisions, evidence] = await Promise.all([
    repo.linesOf(ctx.db, id),
    repo.creditNotesOf(ctx.db, actor.orgId, id, clientScope(actor) !== null),
    paymentsOf(ctx, actor.orgId, id),
    timelineOf(ctx, actor.orgId, 'invoice', id),
    evidenceOf(ctx, actor, 'invoice', id),
  ]);
  return {
    invoice: toInvoiceOut(row, lines, today),
    creditNotes: credits.map((c) => toInvoiceSummary(c, today)),
    payments,
    decisions,
    evidence,
  };
}

/**
 * The answer to the creation of a manual draft: the same shape as getInvoice, from the rows the
 * insert returned. A draft that was just inserted has no credit note, payment or evidence entry
 * yet (none is written when a draft is created), so those lists are empty by construction.
 */
export function newDraftDetail(ctx: AppContext, draft: { row: repo.InvoiceRow; lines: repo.InvoiceLineRow[] }) {
  return {
    invoice: toInvoiceOut(draft.row, draft.lines, parisDate(ctx.now())),
    creditNotes: [],
    payments: [],
    decisions: [],
    evidence: [],
  };
}

/**
 * The Factur-X PDF of an issued invoice: the bytes stored in the evidence log. An invoice issued
 * by the billing run is rendered on first use (rendering is deterministic, from frozen rows) and
 * stored then, with the seller's identity (ADR 0012) and the client's (ADR 0013) in force when it
 * was issued: a later change of either party's name, address, bank details or mandate never
 * reaches an issued invoice.
 */
export async function invoicePdf(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ bytes: Uint8Array; filename: string; sha256: string }> {
  const row = await visibleInvoice(ctx, actor, id);
  if (row.status !== 'issued' || !row.number)
    throw new AppError('invoice.not_issued', { detail: 'A draft has no PDF: issue it first' });
  if (row.document_sha256) {
    const doc = await findDocument(ctx.db, actor.orgId, row.document_sha256);
    if (!doc) throw new AppError('evidence.not_found');
    return { bytes: doc.content, filename: doc.filename, sha256: row.document_sha256 };
  }
  return renderAndStore(ctx, actor.orgId, row, actor.userId);
}

/** Renders an issued invoice that has no PDF yet, with the parties as they stood at its issue, and stores it. */
async function renderAndStore(
  ctx: AppContext,
  orgId: string,
  row: repo.InvoiceRow,
  actorId: string,
): Promise<{ bytes: Uint8Array; filename: string; sha256: string }> {
  const ic = await issueContext(ctx, orgId, row, row.issue_date!);
  const [org, client] = row.issued_at
    ? await Promise.all([
        organisationAt(ctx.db, orgId, row.issued_at),
        clientAt(ctx.db, orgId, row.client_id, row.issued_at),
      ])
    : [ic.org, ic.client];
  const bytes = await renderIssuedInvoice(ctx.db, row, { ...ic, org, client });
  const sha256 = sha256OfBytes(bytes);
  const filename = invoiceFilename({ kind: row.kind, number: row.number! });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('invoices')
      .set({ document_sha256: sha256 })
      .where('org_id', '=', orgId)
      .where('id', '=', row.id)
      .where('document_sha256', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return; // rendered by a concurrent request: same bytes
    await appendEvidence(trx, ctx.dialect, {
      orgId,
      kind: 'document.rendered',
      objectType: 'invoice',
      objectId: row.id,
      contractId: row.contract_id,
      actor: actorId,
      at,
      document: { bytes, mediaType: PDF_MEDIA_TYPE, filename },
    });
  });
  return { bytes, filename, sha256 };
}

/**
 * Renders and stores now the PDF of every issued invoice of a client that has none yet; returns
 * how many. Called before the client's personal data is erased (art. 17.2): the invoice keeps the
 * buyer it was issued to, as every invoice issued one at a time does, while the history that
 * would have let it be rendered later is erased (ADR 0013).
 */
export async function renderPendingInvoices(
  ctx: AppContext,
  orgId: string,
  clientId: string,
  actorId: string,
): Promise<number> {
  const rows = await repo.unrenderedInvoicesOf(ctx.db, orgId, clientId);
  for (const row of rows) await renderAndStore(ctx, orgId, row, actorId);
  return rows.length;
}
