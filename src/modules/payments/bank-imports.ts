/**
 * Bank statement imports: the file is read whole (a bad row refuses it all), stored in the
 * evidence log, each credit gets a proposed match; accounting then confirms a line, which records
 * the payment exactly like `POST /api/payments` (received on the line's date, by transfer), or
 * ignores it. Debits are not payments: they are listed as ignored. A file is imported once.
 */
import { createHash } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { NUMBER_DIGITS } from '../invoices/index.ts';
import { decodeStatement, parseBankCsv } from './bank-csv.ts';
import { Matcher, invoiceNumbersIn, type Proposal } from './bank-matching.ts';
import * as repo from './payments.repo.ts';
import { MAX_BANK_FILE_BYTES, type BankImportBody, type PaymentBody } from './payments.schemas.ts';
import { recordPaymentWithin } from './record-payment.ts';

function fileBytes(input: BankImportBody): Uint8Array {
  if ((input.contentBase64 === undefined) === (input.csv === undefined)) {
    throw new AppError('request.invalid', { errors: [{ path: 'csv', message: 'give the file either as contentBase64 or as csv text', fr: 'fournissez le fichier soit en contentBase64, soit en texte (csv)' }] });
  }
  const bytes = input.csv !== undefined ? new TextEncoder().encode(input.csv) : new Uint8Array(Buffer.from(input.contentBase64!, 'base64'));
  if (bytes.byteLength > MAX_BANK_FILE_BYTES) throw new AppError('request.invalid', { errors: [{ path: input.csv !== undefined ? 'csv' : 'contentBase64', message: `larger than ${MAX_BANK_FILE_BYTES} bytes`, fr: `fichier trop volumineux (au plus ${MAX_BANK_FILE_BYTES / (1024 * 1024)} Mo)` }] });
  return bytes;
}

/** `POST /api/bank-imports`: 409 bank_import.duplicate for a file already imported. */
export async function importStatement(ctx: AppContext, actor: Actor, input: BankImportBody): Promise<string> {
  const bytes = fileBytes(input);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const known = await repo.findImportBySha(ctx.db, actor.orgId, sha256);
  if (known) throw new AppError('bank_import.duplicate', { detail: `Already imported on ${known.imported_at} as ${known.filename}`, extra: { importId: known.id } });
  const rows = parseBankCsv(decodeStatement(bytes));

  const numbers = [...new Set(rows.flatMap((r) => (r.amountCents > 0 ? invoiceNumbersIn(`${r.label} ${r.reference ?? ''}`, NUMBER_DIGITS) : [])))];
  const [named, open] = await Promise.all([repo.invoicesByNumbers(ctx.db, actor.orgId, numbers), repo.openInvoicesOfOrg(ctx.db, actor.orgId)]);
  const matcher = new Matcher(named, open, NUMBER_DIGITS);

  const id = newId();
  const at = ctx.now().toISOString();
  const lines = rows.map((r, position) => {
    const proposal: Proposal | null = r.amountCents > 0 ? matcher.propose(r) : null;
    return {
      id: newId(),
      org_id: actor.orgId,
      import_id: id,
      position,
      booked_on: r.bookedOn,
      amount_cents: r.amountCents,
      label: r.label,
      reference: r.reference,
      status: proposal === null ? ('ignored' as const) : proposal.clientId ? ('proposed' as const) : ('unmatched' as const),
      client_id: proposal?.clientId ?? null,
      proposal_json: proposal ? JSON.stringify(proposal) : JSON.stringify({ ignored: r.amountCents < 0 ? 'debit' : 'zero amount' }),
      payment_id: null,
    };
  });
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.findImportBySha(trx, actor.orgId, sha256)) throw new AppError('bank_import.duplicate');
    await repo.insertImport(trx, { id, org_id: actor.orgId, filename: input.filename, sha256, line_count: lines.length, imported_by: actor.userId, imported_at: at }, lines);
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'bank-import.imported',
      objectType: 'bank-import',
      objectId: id,
      actor: actor.userId,
      at,
      document: { bytes, mediaType: 'text/csv', filename: input.filename },
      decision: { lineCount: lines.length, credits: lines.filter((l) => l.amount_cents > 0).length, proposed: lines.filter((l) => l.status === 'proposed').length },
    });
  });
  return id;
}

function parseProposal(line: repo.BankLineRow): Proposal | null {
  if (!line.proposal_json || line.amount_cents <= 0) return null;
  const p = JSON.parse(line.proposal_json) as Proposal;
  return { method: p.method ?? null, clientId: p.clientId ?? null, allocations: p.allocations ?? [], note: p.note ?? null };
}

async function toImportSummaries(ctx: AppContext, orgId: string, rows: repo.BankImportRow[]) {
  const counts = await repo.lineCounts(ctx.db, orgId, rows.map((r) => r.id));
  return rows.map((r) => {
    const c = { proposed: 0, unmatched: 0, confirmed: 0, ignored: 0 };
    for (const x of counts) if (x.importId === r.id) c[x.status] += x.n;
    return { id: r.id, filename: r.filename, sha256: r.sha256, lineCount: r.line_count, importedAt: r.imported_at, importedBy: r.imported_by, counts: c };
  });
}

export async function listImports(ctx: AppContext, actor: Actor, limit: number) {
  return toImportSummaries(ctx, actor.orgId, await repo.listImports(ctx.db, actor.orgId, limit));
}

/** `GET /api/bank-imports/:id`: the lines with their proposals, client names and invoice numbers. */
export async function getImport(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.findImport(ctx.db, actor.orgId, id);
  if (!row) throw new AppError('bank_import.not_found');
  const [summary] = await toImportSummaries(ctx, actor.orgId, [row]);
  const lines = await repo.linesOfImport(ctx.db, actor.orgId, id);
  const proposals = lines.map(parseProposal);
  const names = await repo.clientNames(ctx.db, actor.orgId, [...lines.map((l) => l.client_id), ...proposals.map((p) => p?.clientId ?? null)].filter((x): x is string => x !== null));
  return {
    import: summary!,
    lines: lines.map((l, i) => {
      const p = proposals[i]!;
      return {
        id: l.id,
        position: l.position,
        bookedOn: l.booked_on,
        amountCents: Number(l.amount_cents),
        label: l.label,
        reference: l.reference,
        status: l.status,
        clientId: l.client_id,
        clientName: l.client_id ? (names.get(l.client_id) ?? null) : null,
        proposal: p ? { ...p, clientName: p.clientId ? (names.get(p.clientId) ?? null) : null } : null,
        paymentId: l.payment_id,
      };
    }),
  };
}

async function openLine(ctx: AppContext, actor: Actor, importId: string, lineId: string) {
  const line = await repo.findLine(ctx.db, actor.orgId, importId, lineId);
  if (!line) throw new AppError('bank_import.line_not_found');
  if (line.status !== 'proposed' && line.status !== 'unmatched') throw new AppError('bank_import.line_closed', { detail: `The line is already ${line.status}` });
  return line;
}

/**
 * `POST /api/bank-imports/:id/lines/:lineId/confirm`: records the payment (the proposal, or the
 * client and allocations given to correct it) and closes the line; 409 the second time.
 */
export async function confirmLine(ctx: AppContext, actor: Actor, importId: string, lineId: string, body: { clientId?: string; allocations?: PaymentBody['allocations']; keepExcessAsCredit?: boolean }): Promise<string> {
  const line = await openLine(ctx, actor, importId, lineId);
  const proposal = parseProposal(line);
  const clientId = body.clientId ?? proposal?.clientId;
  if (!clientId) throw new AppError('bank_import.client_required', { errors: [{ path: 'clientId', message: 'no client was proposed for this line: say who paid', fr: "aucun client n'a été proposé pour cette ligne : indiquez qui a payé" }] });
  // The proposal's allocations hold for the proposed client; another client's go oldest due first.
  const proposed = proposal && proposal.clientId === clientId && proposal.allocations.length > 0 ? proposal.allocations.map((a) => ({ invoiceId: a.invoiceId, amountCents: a.amountCents })) : undefined;
  const allocations = body.allocations ?? proposed;
  const input = {
    clientId,
    receivedOn: line.booked_on,
    amountCents: Number(line.amount_cents),
    means: 'bank-transfer' as const,
    ...(line.reference ? { reference: line.reference.slice(0, 140) } : {}),
    ...(line.label ? { label: line.label.slice(0, 500) } : {}),
    ...(allocations ? { allocations } : {}),
    ...(body.keepExcessAsCredit !== undefined ? { keepExcessAsCredit: body.keepExcessAsCredit } : {}),
    bankLineId: line.id,
  };
  const paymentId = newId();
  return ctx.db.transaction().execute(async (trx) => {
    // Closing the line first: a concurrent confirmation waits for it, then finds it closed.
    if (!(await repo.closeLine(trx, actor.orgId, line.id, { status: 'confirmed', payment_id: paymentId, client_id: clientId }))) throw new AppError('bank_import.line_closed');
    return recordPaymentWithin(trx, ctx, actor, { ...input, id: paymentId });
  });
}

/** `POST /api/bank-imports/:id/lines/:lineId/ignore`: not a payment of a client (409 once closed). */
export async function ignoreLine(ctx: AppContext, actor: Actor, importId: string, lineId: string): Promise<void> {
  const line = await openLine(ctx, actor, importId, lineId);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.closeLine(trx, actor.orgId, line.id, { status: 'ignored' }))) throw new AppError('bank_import.line_closed');
    await appendEvidence(trx, ctx.dialect, { orgId: actor.orgId, kind: 'bank-line.ignored', objectType: 'bank-import', objectId: importId, actor: actor.userId, at, decision: { lineId: line.id, position: line.position, bookedOn: line.booked_on, amountCents: Number(line.amount_cents) } });
  });
}
