/** Draft invoices: from a contract when an event makes its lines invoiceable (art. 10.1 and the contract's billing terms), or by hand. A draft has no number and may still change or be deleted; issuing freezes it. */
import type { Db } from '../../db/database.ts';
import type { ContractLinesTable, InvoicesTable } from '../../db/schema.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { rateAtTaxPoint, vatRateTable, type VatRate } from '../vat-rates/index.ts';
import { natureOfContractLine, priceInvoice, type LineDraft } from './invoice-lines.ts';
import * as repo from './invoices.repo.ts';
import type { ContractEvent } from './invoices.schemas.ts';

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
  /** The client's payment means when the caller has read the client already (else read here). */
  paymentMeans?: InvoicesTable['payment_means'];
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
  return (await insertDraft(trx, d)).row.id;
}

/** Inserts a draft invoice with its priced lines inside the caller's transaction; returns them as stored. */
export async function insertDraft(trx: Db, d: DraftInput) {
  const priced = priceInvoice(d.lines);
  const id = newId();
  return repo.insertInvoice(
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
      payment_means: d.paymentMeans ?? (await paymentMeansOf(trx, d.orgId, d.clientId)),
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
