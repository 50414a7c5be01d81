/**
 * Draft invoices: from a contract when an event makes its lines invoiceable (art. 10.1 and the
 * contract's billing terms), or by hand for indemnities, repairs and re-invoiced shipping. A draft
 * has no number and may still change or be deleted; issuing freezes it.
 */
import { parisDate, type AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { ContractLinesTable, InvoicesTable } from '../../db/schema.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { findClient } from '../clients/index.ts';
import { rateAtTaxPoint, requireVatRateInForce, vatRateTable, type VatRate } from '../vat-rates/index.ts';
import { manualLineDraft, natureOfContractLine, priceInvoice, type LineDraft } from './invoice-lines.ts';
import * as repo from './invoices.repo.ts';
import type { ContractEvent, ManualInvoiceBody } from './invoices.schemas.ts';

type ContractForBilling = NonNullable<Awaited<ReturnType<typeof repo.contractForBilling>>>;

/** Which contract lines an event makes invoiceable, by the contract's billing terms. */
export function linesForEvent(
  contract: Pick<ContractForBilling, 'goods_billing' | 'services_billing'>,
  lines: ReadonlyArray<Pick<ContractLinesTable, 'kind' | 'category' | 'id'>>,
  event: ContractEvent,
) {
  return lines.filter((l) => {
    if (l.kind === 'rental') return false; // rents: the monthly billing run
    // Products, hardware and virtualized solutions alike, follow the goods billing term.
    if (l.kind === 'sale') return contract.goods_billing === event;
    return contract.services_billing === event;
  });
}

function contractLineDraft(l: ContractLinesTable): LineDraft {
  return {
    kind: l.kind,
    nature: natureOfContractLine(l),
    contractLineId: l.id,
    catalogueItemId: l.catalogue_item_id,
    sku: l.sku,
    label: l.label,
    quantity: Number(l.quantity),
    unitPriceCents: l.unit_price_cents,
    discountPercent: l.discount_percent,
    vatRatePercent: l.vat_rate,
  };
}

async function paymentMeansOf(db: Db, orgId: string, clientId: string): Promise<InvoicesTable['payment_means']> {
  const client = await db
    .selectFrom('clients')
    .select('payment_method')
    .where('org_id', '=', orgId)
    .where('id', '=', clientId)
    .executeTakeFirst();
  if (!client) throw new AppError('client.not_found');
  return client.payment_method;
}

interface DraftInput {
  orgId: string;
  clientId: string;
  contract: Pick<ContractForBilling, 'id' | 'purchase_order_reference' | 'terms_version'> | null;
  origin: InvoicesTable['origin'];
  billingKey: string | null;
  operationDate: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  purchaseOrderReference: string | null;
  notes: string[];
  lines: LineDraft[];
  actorId: string;
  at: string;
}

/** Inserts a draft invoice with its priced lines inside the caller's transaction; returns its id. */
export async function insertDraftInvoice(trx: Db, d: DraftInput): Promise<string> {
  const priced = priceInvoice(d.lines);
  const id = newId();
  await repo.insertInvoice(
    trx,
    {
      id,
      org_id: d.orgId,
      client_id: d.clientId,
      contract_id: d.contract?.id ?? null,
      kind: 'invoice',
      status: 'draft',
      origin: d.origin,
      billing_key: d.billingKey,
      number: null,
      issue_date: null,
      due_date: null,
      operation_date: d.operationDate,
      period_start: d.periodStart ?? null,
      period_end: d.periodEnd ?? null,
      corrects_invoice_id: null,
      purchase_order_reference: d.purchaseOrderReference ?? d.contract?.purchase_order_reference ?? null,
      delivery_address_json: null,
      nature: priced.nature,
      payment_means: await paymentMeansOf(trx, d.orgId, d.clientId),
      terms_version: d.contract?.terms_version ?? null,
      late_rate_percent: null,
      late_rate_text: null,
      reason: null,
      notes_json: JSON.stringify(d.notes),
      net_cents: priced.netCents,
      vat_cents: priced.vatCents,
      gross_cents: priced.grossCents,
      vat_breakdown_json: priced.vatBreakdownJson,
      created_by: d.actorId,
      created_at: d.at,
      updated_at: d.at,
    },
    priced.lines.map((l) => ({ ...l, org_id: d.orgId, invoice_id: id })),
  );
  return id;
}

/**
 * The draft invoice of a contract event: the lines that event makes invoiceable and that no
 * invoice carries yet. Returns null when there is nothing (left) to invoice.
 */
export async function draftForContractEvent(
  trx: Db,
  input: {
    orgId: string;
    contractId: string;
    event: ContractEvent;
    operationDate: string;
    contractLineIds?: string[];
    actorId: string;
    at: string;
    vatRates?: readonly VatRate[];
  },
): Promise<string | null> {
  const contract = await repo.contractForBilling(trx, input.orgId, input.contractId, null);
  if (!contract) throw new AppError('contract.not_found');
  const all = await repo.contractLines(trx, contract.id);
  const done = await repo.invoicedContractLineIds(trx, input.orgId, contract.id);
  let lines = linesForEvent(contract, all, input.event).filter((l) => !done.has(l.id));
  if (input.contractLineIds) {
    const wanted = new Set(input.contractLineIds);
    lines = lines.filter((l) => wanted.has(l.id));
  }
  if (lines.length === 0) return null;
  const rates = input.vatRates ?? (await vatRateTable(trx));
  return insertDraftInvoice(trx, {
    orgId: input.orgId,
    clientId: contract.client_id,
    contract,
    origin: input.event,
    billingKey: null,
    operationDate: input.operationDate,
    purchaseOrderReference: null,
    notes: [],
    lines: lines.map((l) => {
      const draft = contractLineDraft(l as ContractLinesTable);
      return { ...draft, vatRatePercent: rateAtTaxPoint(rates, draft.vatRatePercent, input.operationDate) };
    }),
    actorId: input.actorId,
    at: input.at,
  });
}

/** `POST /api/invoices/from-contract`: 409 invoice.nothing_to_invoice when no line is left. */
export async function createFromContract(
  ctx: AppContext,
  actor: Actor,
  input: { contractId: string; event: ContractEvent; operationDate?: string; contractLineIds?: string[] },
): Promise<string> {
  const operationDate = input.operationDate ?? parisDate(ctx.now());
  const at = ctx.now().toISOString();
  const id = await ctx.db.transaction().execute((trx) =>
    draftForContractEvent(trx, {
      orgId: actor.orgId,
      contractId: input.contractId,
      event: input.event,
      operationDate,
      ...(input.contractLineIds ? { contractLineIds: input.contractLineIds } : {}),
      actorId: actor.userId,
      at,
    }),
  );
  if (!id)
    throw new AppError('invoice.nothing_to_invoice', {
      detail: `No line of this contract is left to invoice on ${input.event}`,
    });
  return id;
}

/** A manual draft invoice (indemnities, repairs, shipping re-invoiced). */
export async function createManualInvoice(ctx: AppContext, actor: Actor, input: ManualInvoiceBody): Promise<string> {
  const client = await findClient(ctx, actor.orgId, input.clientId);
  if (!client)
    throw new AppError('client.not_found', {
      errors: [{ path: 'clientId', message: 'no such client', fr: 'client inconnu' }],
    });
  const contract = input.contractId ? await repo.contractForBilling(ctx.db, actor.orgId, input.contractId, null) : null;
  if (input.contractId && (!contract || contract.client_id !== input.clientId))
    throw new AppError('contract.not_found', {
      errors: [
        { path: 'contractId', message: 'no such contract for this client', fr: 'contrat inconnu pour ce client' },
      ],
    });
  const today = parisDate(ctx.now());
  for (const [i, l] of input.lines.entries())
    await requireVatRateInForce(ctx, l.vatRatePercent, today, `lines.${i}.vatRatePercent`);
  const lines = input.lines.map(manualLineDraft);
  priceInvoice(lines, { entered: true }); // refuses (400) lines or a total beyond the largest document
  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute((trx) =>
    insertDraftInvoice(trx, {
      orgId: actor.orgId,
      clientId: input.clientId,
      contract: contract ?? null,
      origin: 'manual',
      billingKey: null,
      operationDate: input.operationDate ?? null,
      purchaseOrderReference: input.purchaseOrderReference ?? null,
      notes: input.notes ?? [],
      lines,
      actorId: actor.userId,
      at,
    }),
  );
}

/** Deletes a draft; an issued invoice can never be deleted (only corrected by a credit note). */
export async function deleteDraftInvoice(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const row = await repo.findInvoice(ctx.db, actor.orgId, id, null);
  if (!row) throw new AppError('invoice.not_found');
  if (row.status !== 'draft') throw new AppError('invoice.issued_immutable');
  if (!(await ctx.db.transaction().execute((trx) => repo.deleteDraft(trx, actor.orgId, id))))
    throw new AppError('invoice.issued_immutable');
}
