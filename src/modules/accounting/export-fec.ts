/**
 * `GET /api/exports/fec`, `clausier export fec`: the FEC of a period (a fiscal year or any date
 * range) from the issued sales documents and the bank movements. A period without entries gives
 * the header line alone, not an error.
 */
import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import * as repo from './accounting.repo.ts';
import { accountsOf } from './accounting-settings.ts';
import {
  buildFecLines,
  fecFilename,
  fecText,
  latin9,
  type FecBankMove,
  type FecLine,
  type FecSalesDoc,
} from './fec.ts';
import { daysBetween } from '../../kernel/dates.ts';

export interface FecExport {
  filename: string;
  /** ISO-8859-15 bytes. */
  bytes: Uint8Array;
  lines: FecLine[];
  entries: { VE: number; BQ: number };
}

/** At most ten years in one file (a FEC covers a fiscal year; a longer range is a mistake). */
const MAX_DAYS = 3660;

export async function exportFec(
  ctx: AppContext,
  actor: Pick<Actor, 'orgId'>,
  from: string,
  to: string,
): Promise<FecExport> {
  if (from > to)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'to',
          message: 'the end of the period is before its start',
          fr: 'la fin de la période précède son début',
        },
      ],
    });
  if (daysBetween(from, to) > MAX_DAYS)
    throw new AppError('request.invalid', {
      errors: [{ path: 'to', message: 'a period of at most ten years', fr: 'une période de dix ans au plus' }],
    });
  const orgId = actor.orgId;
  const [org, accounts, sales, paid, debitNotes, payments, allocations] = await Promise.all([
    getOrganisation(ctx, orgId),
    accountsOf(ctx, orgId),
    repo.salesInPeriod(ctx.db, orgId, from, to),
    repo.salesPaidInPeriod(ctx.db, orgId, from, to),
    repo.debitNotesInPeriod(ctx.db, orgId, from, to),
    repo.paymentsInPeriod(ctx.db, orgId, from, to),
    repo.allocationsInPeriod(ctx.db, orgId, from, to),
  ]);
  const ids = [...new Set([...sales, ...paid].map((s) => s.id))];
  const nets = await repo.netsOf(ctx.db, orgId, ids);
  const netsById = new Map<string, FecSalesDoc['nets']>();
  for (const n of nets) {
    const list = netsById.get(n.invoice_id) ?? [];
    list.push({ nature: n.nature, rate: n.vat_rate, netCents: n.net });
    netsById.set(n.invoice_id, list);
  }
  const code = (clientId: string) => clientId.replace(/-/g, '').slice(0, 12).toUpperCase();
  const toDoc = (s: repo.SalesRow): FecSalesDoc => ({
    kind: s.kind,
    id: s.id,
    number: s.number ?? s.id,
    date: s.issue_date!,
    clientId: s.client_id,
    clientCode: code(s.client_id),
    clientName: s.legal_name,
    correctsId: s.corrects_invoice_id,
    grossCents: Number(s.gross_cents),
    nets: netsById.get(s.id) ?? [],
    vat: (
      JSON.parse(s.vat_breakdown_json) as Array<{ ratePercent: string; taxableCents: number; vatCents: number }>
    ).map((v) => ({ rate: v.ratePercent, vatCents: v.vatCents, taxableCents: v.taxableCents })),
    vatOnDebits: Number(s.vat_on_debits) === 1,
    settledOn: s.settled_on,
  });
  const docs: FecSalesDoc[] = sales.map(toDoc);
  // The documents the period's payments settle: those of the period, and the few dated outside it.
  const paidDocs = new Map(docs.map((d) => [d.id, d]));
  for (const s of paid) paidDocs.set(s.id, toDoc(s));
  for (const d of debitNotes)
    docs.push({
      kind: 'debit-note',
      id: d.id,
      number: d.number,
      date: d.issue_date,
      clientId: d.client_id,
      clientCode: code(d.client_id),
      clientName: d.legal_name,
      correctsId: null,
      grossCents: Number(d.total_cents),
      nets: [],
      vat: [],
      vatOnDebits: true,
      settledOn: Number(d.paid_cents) >= Number(d.total_cents) ? d.issue_date : null,
    });
  const allocationsOf = new Map<string, FecBankMove['allocations']>();
  for (const a of allocations) {
    const list = allocationsOf.get(a.payment_id) ?? [];
    list.push({ documentId: (a.invoice_id ?? a.debit_note_id)!, amountCents: Number(a.amount_cents) });
    allocationsOf.set(a.payment_id, list);
  }
  const moves: FecBankMove[] = [];
  for (const p of payments) {
    const base = {
      paymentId: p.id,
      clientId: p.client_id,
      clientCode: code(p.client_id),
      clientName: p.legal_name,
      amountCents: Number(p.amount_cents),
      reference: p.reference ?? '',
      means: p.means,
      allocations: allocationsOf.get(p.id) ?? [],
    };
    if (p.received_on >= from && p.received_on <= to) moves.push({ ...base, kind: 'payment', date: p.received_on });
    if (p.status === 'reversed' && p.reversed_on && p.reversed_on >= from && p.reversed_on <= to)
      moves.push({ ...base, kind: 'reversal', date: p.reversed_on });
  }
  const lines = buildFecLines(docs, moves, accounts, { to, pendingVatOf: (id) => paidDocs.get(id) });
  const entries = { VE: 0, BQ: 0 };
  let last = '';
  for (const l of lines)
    if (l.entryNumber !== last) {
      entries[l.journal]++;
      last = l.entryNumber;
    }
  return { filename: fecFilename(org.siren, to), bytes: latin9(fecText(lines)), lines, entries };
}
