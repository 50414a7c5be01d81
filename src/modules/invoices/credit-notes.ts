/**
 * Credit notes (avoirs): the only way to correct an issued invoice, which never changes. A credit
 * note references the invoice, states its reason, and may not credit more than what remains of it
 * (checked when it is drafted and again, under the lock of the issue, when it is issued).
 */
import type { Db } from '../../db/database.ts';
import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { formatEurosFr, normalizeRatePercent, RATE_PERCENT_PATTERN } from '../../kernel/money.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { requireVatRateInForce } from '../vat-rates/index.ts';
import { manualLineDraft, priceInvoice, type LineDraft } from './invoice-lines.ts';
import * as repo from './invoices.repo.ts';
import type { CreditNoteBody } from './invoices.schemas.ts';

function creditLines(lines: repo.InvoiceLineRow[], input: CreditNoteBody): LineDraft[] {
  if (input.lines) {
    return input.lines.map(manualLineDraft);
  }
  const wanted = input.invoiceLineIds ? new Set(input.invoiceLineIds) : null;
  if (wanted) {
    const known = new Set(lines.map((l) => l.id));
    const unknown = input.invoiceLineIds!.findIndex((id) => !known.has(id));
    if (unknown >= 0)
      throw new AppError('request.invalid', {
        errors: [
          {
            path: `invoiceLineIds.${unknown}`,
            message: 'not a line of this invoice',
            fr: "cette ligne n'appartient pas à la facture",
          },
        ],
      });
  }
  return lines
    .filter((l) => !wanted || wanted.has(l.id))
    .map((l) => ({
      kind: l.kind,
      nature: l.nature,
      contractLineId: l.contract_line_id,
      catalogueItemId: l.catalogue_item_id,
      sku: l.sku,
      label: l.label,
      quantity: Number(l.quantity),
      unitPriceCents: l.unit_price_cents,
      discountPercent: l.discount_percent,
      vatRatePercent: l.vat_rate,
      ...(l.period_start ? { periodStart: l.period_start } : {}),
      ...(l.period_end ? { periodEnd: l.period_end } : {}),
    }));
}

const bothForms = () =>
  new AppError('request.invalid', {
    errors: [
      {
        path: 'lines',
        message: 'give either invoiceLineIds or lines, not both',
        fr: 'indiquez soit invoiceLineIds, soit lines, mais pas les deux',
      },
    ],
  });

/** The invoice to correct and its lines, read with `db` (the caller's transaction when there is one). */
async function creditable(db: Db, orgId: string, invoiceId: string) {
  const invoice = await repo.findInvoice(db, orgId, invoiceId, null);
  if (!invoice) throw new AppError('invoice.not_found');
  if (invoice.kind !== 'invoice' || invoice.status !== 'issued')
    throw new AppError('invoice.not_creditable', {
      detail: 'Only an issued invoice can be corrected by a credit note',
    });
  return { invoice, invoiceLines: await repo.linesOf(db, invoiceId) };
}

/** The rates of an invoice: a credit note corrects at them, even one changed by law since. */
const ratesOf = (lines: repo.InvoiceLineRow[]) => new Set(lines.map((l) => normalizeRatePercent(l.vat_rate)));
const atInvoiceRate = (rates: Set<string>, rate: string) =>
  RATE_PERCENT_PATTERN.test(rate) && rates.has(normalizeRatePercent(rate));

/** Inserts the draft inside `trx`, refusing (409) more than what remains of the invoice. */
async function insertDraft(
  trx: Db,
  actor: Actor,
  invoice: NonNullable<Awaited<ReturnType<typeof repo.findInvoice>>>,
  input: CreditNoteBody,
  priced: ReturnType<typeof priceInvoice>,
  at: string,
): Promise<string> {
  const remaining = invoice.gross_cents - (await repo.issuedCreditsOf(trx, actor.orgId, invoice.id));
  if (priced.grossCents > remaining) {
    throw new AppError('invoice.credit_exceeds', {
      errors: [
        {
          path: input.lines ? 'lines' : 'invoiceLineIds',
          message: `the credit note (${priced.grossCents} cents incl. VAT) exceeds what remains of the invoice (${remaining} cents)`,
          fr: `l'avoir (${formatEurosFr(priced.grossCents)} TTC) dépasse ce qui reste de la facture (${formatEurosFr(remaining)})`,
        },
      ],
    });
  }
  const id = newId();
  await repo.insertInvoice(
    trx,
    {
      id,
      org_id: actor.orgId,
      client_id: invoice.client_id,
      contract_id: invoice.contract_id,
      kind: 'credit-note',
      status: 'draft',
      origin: 'credit',
      billing_key: null,
      number: null,
      issue_date: null,
      due_date: null,
      operation_date: invoice.operation_date,
      period_start: invoice.period_start,
      period_end: invoice.period_end,
      corrects_invoice_id: invoice.id,
      purchase_order_reference: invoice.purchase_order_reference,
      delivery_address_json: null,
      nature: priced.nature,
      payment_means: invoice.payment_means,
      terms_version: invoice.terms_version,
      late_rate_percent: null,
      late_rate_text: null,
      reason: input.reason,
      notes_json: JSON.stringify([`Motif : ${input.reason}`]),
      net_cents: priced.netCents,
      vat_cents: priced.vatCents,
      gross_cents: priced.grossCents,
      vat_breakdown_json: priced.vatBreakdownJson,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    },
    priced.lines.map((l) => ({ ...l, org_id: actor.orgId, invoice_id: id })),
  );
  return id;
}

/**
 * Drafts a credit note for an issued invoice; 409 invoice.credit_exceeds above what remains.
 * `within` runs in the same transaction once the draft exists (a caller's own write that must
 * commit with it or not at all, e.g. the return it credits); throwing there writes nothing.
 */
export async function createCreditNote(
  ctx: AppContext,
  actor: Actor,
  invoiceId: string,
  input: CreditNoteBody,
  within?: (trx: Db, creditNoteId: string) => Promise<void>,
): Promise<string> {
  if (input.lines && input.invoiceLineIds) throw bothForms();
  const { invoice, invoiceLines } = await creditable(ctx.db, actor.orgId, invoiceId);
  if (input.lines) {
    const rates = ratesOf(invoiceLines);
    const today = parisDate(ctx.now());
    for (const [i, l] of input.lines.entries()) {
      if (!atInvoiceRate(rates, l.vatRatePercent))
        await requireVatRateInForce(ctx, l.vatRatePercent, today, `lines.${i}.vatRatePercent`);
    }
  }
  const priced = priceInvoice(creditLines(invoiceLines, input), { entered: input.lines !== undefined });
  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertDraft(trx, actor, invoice, input, priced, at);
    if (within) await within(trx, id);
    return id;
  });
}

/**
 * The same use case inside the caller's transaction (a termination drafting the credit note of
 * the rent it refunds, art. 15.2): the invoice is read there, after the caller's locks, so an
 * invoice committed just before is seen. Every read goes through `trx` (on SQLite a read on the
 * pool would wait for this very transaction), hence free lines only at the invoice's own rates.
 */
export async function createCreditNoteWithin(
  trx: Db,
  ctx: AppContext,
  actor: Actor,
  invoiceId: string,
  input: CreditNoteBody,
): Promise<string> {
  if (input.lines && input.invoiceLineIds) throw bothForms();
  const { invoice, invoiceLines } = await creditable(trx, actor.orgId, invoiceId);
  const rates = ratesOf(invoiceLines);
  const wrong = (input.lines ?? []).findIndex((l) => !atInvoiceRate(rates, l.vatRatePercent));
  if (wrong >= 0)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: `lines.${wrong}.vatRatePercent`,
          message: 'not a rate of the invoice corrected',
          fr: "n'est pas un taux de la facture corrigée",
        },
      ],
    });
  const priced = priceInvoice(creditLines(invoiceLines, input), { entered: input.lines !== undefined });
  return insertDraft(trx, actor, invoice, input, priced, ctx.now().toISOString());
}
