/** The read model of bank statement imports: the list and one import with its lines and proposals. */
import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { type Proposal } from './bank-matching.ts';
import * as repo from './payments.repo.ts';

export function parseProposal(line: repo.BankLineRow): Proposal | null {
  if (!line.proposal_json || line.amount_cents <= 0) return null;
  const p = JSON.parse(line.proposal_json) as Proposal;
  return {
    method: p.method ?? null,
    clientId: p.clientId ?? null,
    allocations: p.allocations ?? [],
    note: p.note ?? null,
  };
}

async function toImportSummaries(ctx: AppContext, orgId: string, rows: repo.BankImportRow[]) {
  const counts = await repo.lineCounts(
    ctx.db,
    orgId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const c = { proposed: 0, unmatched: 0, confirmed: 0, ignored: 0 };
    for (const x of counts) if (x.importId === r.id) c[x.status] += x.n;
    return {
      id: r.id,
      filename: r.filename,
      sha256: r.sha256,
      lineCount: r.line_count,
      importedAt: r.imported_at,
      importedBy: r.imported_by,
      counts: c,
    };
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
  const names = await repo.clientNames(
    ctx.db,
    actor.orgId,
    [...lines.map((l) => l.client_id), ...proposals.map((p) => p?.clientId ?? null)].filter(
      (x): x is string => x !== null,
    ),
  );
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
