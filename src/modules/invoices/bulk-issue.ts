/**
 * Issuing many invoices in one transaction (the monthly billing run, art. 10.1). Same outcome as
 * a draft inserted by insertDraftInvoice then issued by issueWithin, without the
 * per-invoice round trips: the invoice series' counter row is locked once, the batch takes its N
 * numbers with one update (gapless: the batch commits or rolls back as a whole, numbers with it),
 * the invoices and their lines are written with multi-row inserts, and the issue of each invoice
 * is chained into the evidence log by one batch append. The PDF is rendered on first use.
 */
import type { Insertable } from 'kysely';
import type { Dialect, Db } from '../../db/database.ts';
import type { InvoiceLinesTable, InvoiceOrigin, InvoicesTable, PaymentMeans } from '../../db/schema.ts';
import { appendEvidenceBatch, type BatchEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { EcbRate, TermsVersion } from '../../terms/index.ts';
import { advanceSeries, formatNumber as formatSeriesNumber, lockSeries } from '../shared/index.ts';
import { priceInvoice, type LineDraft, type PricedInvoice } from './invoice-lines.ts';
import { issueTerms, NUMBER_DIGITS, SERIES, type IssueContext } from './issue-invoice.ts';
import type { InvoiceRow } from './invoices.repo.ts';

export interface BulkInvoice {
  clientId: string;
  contractId: string | null;
  origin: InvoiceOrigin;
  /** Unique per organisation: an invoice whose key exists already is not issued again. */
  billingKey: string;
  operationDate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  purchaseOrderReference: string | null;
  paymentMeans: PaymentMeans;
  /** The terms governing the invoice (the contract's). */
  termsVersion: string;
  notes: string[];
  lines: LineDraft[];
  /** The contract's payment term, or null for the terms' default (rule invoice.due-date). */
  contractTermDays: number | null;
  /** Prepayment required by the contract or the client's financial status: payable on issue. */
  prepayment: boolean;
  publicBuyer: boolean;
}

export interface BulkIssueContext {
  org: { vat_on_debits: 0 | 1 };
  ecbRates: readonly EcbRate[];
  /** The published terms of a version (loaded once per run by the caller). */
  terms(version: string): TermsVersion;
}

export interface BulkIssueResult {
  issued: Array<{ id: string; billingKey: string; number: string; grossCents: number }>;
  /** Billing keys already invoiced (a rerun, a concurrent run): nothing written for them. */
  alreadyInvoiced: string[];
  /** Billing keys whose total was not positive: not issued (invoice.empty). */
  empty: string[];
}

// Rows per INSERT, within SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
const INVOICE_ROWS_PER_INSERT = 500;
const LINE_ROWS_PER_INSERT = 1_000;
const KEYS_PER_QUERY = 1_000;

const formatNumber = (series: string, year: number, value: number) =>
  formatSeriesNumber(series, year, value, NUMBER_DIGITS);

async function existingKeys(trx: Db, orgId: string, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    const rows = await trx
      .selectFrom('invoices')
      .select('billing_key')
      .where('org_id', '=', orgId)
      .where('billing_key', 'in', keys.slice(i, i + KEYS_PER_QUERY))
      .execute();
    for (const r of rows) if (r.billing_key) found.add(r.billing_key);
  }
  return found;
}

/**
 * Issues the invoices inside the caller's transaction, all dated `issueDate`, numbered in the
 * order given. Refuses (invoice.issue_date_out_of_order) an issue date before that of the last
 * invoice of the series: numbers must stay chronological (CGI ann. II art. 242 nonies A 7°).
 */
export async function issueBatchWithin(
  trx: Db,
  dialect: Dialect,
  input: {
    orgId: string;
    issueDate: string;
    at: string;
    actorId: string;
    context: BulkIssueContext;
    invoices: readonly BulkInvoice[];
  },
): Promise<BulkIssueResult> {
  const result: BulkIssueResult = { issued: [], alreadyInvoiced: [], empty: [] };
  if (input.invoices.length === 0) return result;
  const series = SERIES.invoice;
  const year = Number(input.issueDate.slice(0, 4));

  // Priced before any lock is taken: pricing reads nothing.
  const priced: Array<{ inv: BulkInvoice; p: PricedInvoice }> = [];
  for (const inv of input.invoices) {
    const p = priceInvoice(inv.lines);
    if (p.grossCents <= 0) result.empty.push(inv.billingKey);
    else priced.push({ inv, p });
  }

  const base = await lockSeries(trx, dialect, input.orgId, series, year);
  if (base > 0) {
    const last = await trx
      .selectFrom('invoices')
      .select('issue_date')
      .where('org_id', '=', input.orgId)
      .where('number', '=', formatNumber(series, year, base))
      .executeTakeFirst();
    if (last?.issue_date && last.issue_date > input.issueDate) {
      throw new AppError('invoice.issue_date_out_of_order', {
        detail: `Invoice ${formatNumber(series, year, base)} is dated ${last.issue_date}: a later number cannot be dated ${input.issueDate}`,
      });
    }
  }
  // Under the lock: a key invoiced by a run that committed meanwhile is seen here.
  const existing = await existingKeys(
    trx,
    input.orgId,
    priced.map((x) => x.inv.billingKey),
  );
  const todo = priced.filter((x) => {
    if (!existing.has(x.inv.billingKey)) return true;
    result.alreadyInvoiced.push(x.inv.billingKey);
    return false;
  });
  if (todo.length === 0) return result;

  const dueTerms = new Map<string, ReturnType<typeof issueTerms>>();
  const termsOf = (inv: BulkInvoice) => {
    const key = `${inv.termsVersion}|${inv.contractTermDays}|${inv.prepayment}|${inv.publicBuyer}`;
    let t = dueTerms.get(key);
    if (!t) {
      // issueTerms reads only the kind of the row and the client's public-buyer flag.
      const ic = {
        terms: input.context.terms(inv.termsVersion),
        ecbRates: input.context.ecbRates,
        client: { public_buyer: inv.publicBuyer ? 1 : 0 },
      } as unknown as IssueContext;
      t = issueTerms({ kind: 'invoice' } as InvoiceRow, inv.contractTermDays, inv.prepayment, ic, input.issueDate);
      dueTerms.set(key, t);
    }
    return t;
  };

  const invoiceRows: Array<Insertable<InvoicesTable>> = [];
  const lineRows: Array<Insertable<InvoiceLinesTable>> = [];
  const evidence: BatchEvidence[] = [];
  let value = base;
  for (const { inv, p } of todo) {
    const id = newId();
    const number = formatNumber(series, year, ++value);
    const { dueDate, lateRate } = termsOf(inv);
    invoiceRows.push({
      id,
      org_id: input.orgId,
      client_id: inv.clientId,
      contract_id: inv.contractId,
      kind: 'invoice',
      status: 'issued',
      origin: inv.origin,
      billing_key: inv.billingKey,
      number,
      issue_date: input.issueDate,
      due_date: dueDate,
      operation_date: inv.operationDate,
      period_start: inv.periodStart,
      period_end: inv.periodEnd,
      corrects_invoice_id: null,
      purchase_order_reference: inv.purchaseOrderReference,
      delivery_address_json: null,
      nature: p.nature,
      vat_on_debits: input.context.org.vat_on_debits,
      payment_means: inv.paymentMeans,
      terms_version: inv.termsVersion,
      late_rate_percent: lateRate.ratePercent,
      late_rate_text: lateRate.text,
      reason: null,
      notes_json: JSON.stringify(inv.notes),
      net_cents: p.netCents,
      vat_cents: p.vatCents,
      gross_cents: p.grossCents,
      vat_breakdown_json: p.vatBreakdownJson,
      paid_cents: 0,
      credited_cents: 0,
      settled_on: null,
      accelerated_on: null,
      late_json: null,
      late_as_of: null,
      late_interest_cents: 0,
      late_indemnity_cents: 0,
      interest_claimed_cents: 0,
      indemnity_claimed: 0,
      document_sha256: null,
      created_by: input.actorId,
      created_at: input.at,
      issued_at: input.at,
      issued_by: input.actorId,
      updated_at: input.at,
    });
    for (const l of p.lines) lineRows.push({ ...l, org_id: input.orgId, invoice_id: id });
    evidence.push({
      kind: 'document.issued',
      objectType: 'invoice',
      objectId: id,
      contractId: inv.contractId,
      actor: input.actorId,
      at: input.at,
      decision: {
        number,
        kind: 'invoice',
        issueDate: input.issueDate,
        dueDate,
        grossCents: p.grossCents,
        vatCents: p.vatCents,
        netCents: p.netCents,
      },
    });
    result.issued.push({ id, billingKey: inv.billingKey, number, grossCents: p.grossCents });
  }

  for (let i = 0; i < invoiceRows.length; i += INVOICE_ROWS_PER_INSERT)
    await trx
      .insertInto('invoices')
      .values(invoiceRows.slice(i, i + INVOICE_ROWS_PER_INSERT))
      .execute();
  for (let i = 0; i < lineRows.length; i += LINE_ROWS_PER_INSERT)
    await trx
      .insertInto('invoice_lines')
      .values(lineRows.slice(i, i + LINE_ROWS_PER_INSERT))
      .execute();
  await advanceSeries(trx, input.orgId, series, year, base, value);
  await appendEvidenceBatch(trx, dialect, input.orgId, evidence);
  return result;
}
