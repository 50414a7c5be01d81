/**
 * Issuing an invoice or a credit note (CGI ann. II art. 242 nonies A 7°; CGV art. 10.1): in one
 * transaction it takes the next number of the series (gapless: the counter row is locked until
 * commit and a rollback gives the number back), fixes the due date by rule invoice.due-date, the
 * late-interest mention, freezes the invoice and records its issue in the evidence log. Its
 * Factur-X PDF, a deterministic rendering of the frozen rows, is rendered and stored on first use
 * (read-invoices.ts), outside the numbering lock (ADR 0031). From then on only the payment
 * bookkeeping of the invoice changes.
 */
import type { Selectable } from 'kysely';
import { parisDate, type AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { ClientsTable, OrganisationsTable } from '../../db/schema.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { formatEurosFr } from '../../kernel/money.ts';
import { evaluate } from '../../rules/index.ts';
import type { EcbRate, TermsVersion } from '../../terms/index.ts';
import type { Actor } from '../auth/index.ts';
import type { ClientIdentity } from '../clients/index.ts';
import { loadEcbRates } from '../ecb-rates/index.ts';
import { clientIdentity, nextNumber, sellerOf, takeNumberInto } from '../shared/index.ts';
import { publishedTerms, termsInForce } from '../terms-versions/index.ts';
import { invoiceDocument } from './invoice-document.ts';
import { toInvoiceRef } from './invoice-mapper.ts';
import type { InvoiceRefOut } from './invoices.schemas.ts';
import { renderFacturX } from './invoice-pdf.ts';
import * as repo from './invoices.repo.ts';
import { lateRateMention } from './late-rate.ts';

/** Invoice numbers: 'F-2026-0000001'; credit notes: 'AV-2026-0000001' (separate series, 7°). */
export const SERIES = { invoice: 'F', 'credit-note': 'AV' } as const;
export const NUMBER_DIGITS = 7;

export interface IssueContext {
  org: Selectable<OrganisationsTable>;
  client: Selectable<ClientsTable>;
  terms: TermsVersion;
  ecbRates: readonly EcbRate[];
}

/** What the issue fixes, computed before the transaction (pure given its inputs). */
export function issueTerms(
  row: repo.InvoiceRow,
  contractTermDays: number | null,
  prepayment: boolean,
  ic: IssueContext,
  issueDate: string,
) {
  if (row.kind === 'credit-note') return { dueDate: issueDate, lateRate: { ratePercent: null, text: null } };
  // Prepayment (art. 10.1, 10.3): payable on issue; otherwise the contract's term or the terms'.
  const termDays = prepayment ? 0 : (contractTermDays ?? undefined);
  const due = evaluate(
    'invoice.due-date',
    { issueDate, ...(termDays !== undefined ? { termDays } : {}) },
    { asOf: issueDate, terms: ic.terms },
  );
  const dueDate = String(due.dueDate);
  const rate = lateRateMention(ic.terms, ic.ecbRates, dueDate, ic.client.public_buyer === 1);
  return { dueDate, lateRate: { ratePercent: rate.ratePercent, text: rate.text } };
}

/**
 * Renders the frozen invoice (Factur-X PDF) from its rows. Of the client it reads only the
 * identity a version holds (ADR 0013), so a later rendering can be given the identity of the issue.
 */
export async function renderIssuedInvoice(
  db: Db,
  row: repo.InvoiceRow,
  ic: Pick<IssueContext, 'org' | 'terms'> & { client: ClientIdentity },
): Promise<Uint8Array> {
  const lines = await repo.linesOf(db, row.id);
  const corrected = row.corrects_invoice_id
    ? await repo.findInvoice(db, row.org_id, row.corrects_invoice_id, null)
    : undefined;
  const c = ic.client;
  const site =
    c.site_address_line &&
    c.site_postal_code &&
    c.site_city &&
    (c.site_address_line !== c.address_line || c.site_postal_code !== c.postal_code)
      ? [c.site_address_line, `${c.site_postal_code} ${c.site_city}`]
      : null;
  const doc = invoiceDocument(row, lines, await sellerOf(db, ic.org), clientIdentity(c), {
    mandateReference: row.payment_means === 'direct-debit' ? c.mandate_reference : null,
    creditorIdentifier: ic.org.sepa_creditor_id,
    deliveryAddressLines: row.nature !== 'services' ? site : null,
    correctedInvoice:
      corrected?.number && corrected.issue_date ? { number: corrected.number, issueDate: corrected.issue_date } : null,
    recoveryIndemnityCents: ic.terms.parameters.recoveryIndemnityCents,
  });
  return renderFacturX(doc);
}

/**
 * Issues one draft inside the caller's transaction and records the issue, with the figures it
 * fixes, in the evidence log. No PDF is rendered here: every issuer would wait for it on the
 * series counter row; it is rendered, byte-identical, on first use (ADR 0031).
 */
export async function issueWithin(
  trx: Db,
  ctx: AppContext,
  input: {
    orgId: string;
    id: string;
    actorId: string;
    issueDate: string;
    at: string;
    ic: IssueContext;
    contractTermDays: number | null;
    prepayment: boolean;
    /**
     * The draft as the caller read it before the transaction. A draft's figures never change
     * (it is only inserted, issued or deleted), and markIssued below changes it only while it is
     * still a draft, so passing it saves a read inside the numbering lock.
     */
    draft?: repo.InvoiceRow;
  },
) {
  const row = input.draft ?? (await repo.findInvoice(trx, input.orgId, input.id, null));
  if (!row) throw new AppError('invoice.not_found');
  if (row.status !== 'draft') throw new AppError('invoice.not_draft');
  if (row.gross_cents <= 0)
    throw new AppError('invoice.empty', {
      errors: [{ path: 'lines', message: 'the total must be more than 0', fr: 'le total doit être supérieur à 0' }],
    });
  const { dueDate, lateRate } = issueTerms(row, input.contractTermDays, input.prepayment, input.ic, input.issueDate);
  if (row.kind === 'credit-note') await checkCreditLimit(trx, input.orgId, row);
  const fixed = {
    issue_date: input.issueDate,
    due_date: dueDate,
    terms_version: row.terms_version ?? input.ic.terms.version,
    late_rate_percent: lateRate.ratePercent,
    late_rate_text: lateRate.text,
    vat_on_debits: input.ic.org.vat_on_debits,
    document_sha256: null,
    issued_at: input.at,
    issued_by: input.actorId,
    updated_at: input.at,
    settled_on: null,
  };
  const series = { orgId: input.orgId, series: SERIES[row.kind], year: Number(input.issueDate.slice(0, 4)) };
  let number: string | undefined;
  if (ctx.dialect === 'postgres') {
    // One statement takes the number and writes it: the counter row is locked one round trip less.
    number = await takeNumberInto(trx, { ...series, digits: NUMBER_DIGITS }, (db, taken, wasTaken) =>
      repo.markIssuedWith(db, input.orgId, input.id, { ...fixed, number: taken }, wasTaken),
    );
  } else {
    number = await nextNumber(trx, series.orgId, series.series, series.year, NUMBER_DIGITS);
    if (!(await repo.markIssued(trx, input.orgId, input.id, { ...fixed, number }))) number = undefined;
  }
  if (number === undefined) throw new AppError('invoice.not_draft');
  let releasedToCredit: Array<{ paymentId: string; cents: number }> = [];
  if (row.kind === 'credit-note' && row.corrects_invoice_id) {
    await repo.addCredit(trx, input.orgId, row.corrects_invoice_id, row.gross_cents, input.issueDate, input.at);
    releasedToCredit = await repo.releaseOverpayment(trx, input.orgId, row.corrects_invoice_id, input.at);
  }
  await appendEvidence(trx, ctx.dialect, {
    orgId: input.orgId,
    kind: 'document.issued',
    objectType: 'invoice',
    objectId: input.id,
    contractId: row.contract_id,
    actor: input.actorId,
    at: input.at,
    decision: {
      number,
      kind: row.kind,
      issueDate: input.issueDate,
      dueDate,
      grossCents: row.gross_cents,
      vatCents: row.vat_cents,
      netCents: row.net_cents,
      ...(releasedToCredit.length > 0 ? { correctsInvoiceId: row.corrects_invoice_id, releasedToCredit } : {}),
    },
  });
  return { number, dueDate };
}

/** A credit note may not credit more than what remains of the invoice it corrects. */
async function checkCreditLimit(trx: Db, orgId: string, note: repo.InvoiceRow) {
  if (!note.corrects_invoice_id) return;
  const invoice = await repo.findInvoice(trx, orgId, note.corrects_invoice_id, null);
  if (!invoice) throw new AppError('invoice.not_found');
  const credited = await repo.issuedCreditsOf(trx, orgId, invoice.id);
  const remaining = invoice.gross_cents - credited;
  if (note.gross_cents > remaining) {
    throw new AppError('invoice.credit_exceeds', {
      detail: `At most ${remaining} cents can still be credited on invoice ${invoice.number}`,
      errors: [
        {
          path: 'lines',
          message: `the credit note (${note.gross_cents} cents incl. VAT) exceeds what remains of the invoice (${remaining} cents)`,
          fr: `l'avoir (${formatEurosFr(note.gross_cents)} TTC) dépasse ce qui reste de la facture (${formatEurosFr(remaining)})`,
        },
      ],
    });
  }
}

/** The context of an issue: organisation, client, governing terms, ECB rates. */
export async function issueContext(
  ctx: AppContext,
  orgId: string,
  row: Pick<repo.InvoiceRow, 'client_id' | 'terms_version'>,
  issueDate: string,
): Promise<IssueContext> {
  // Independent reads, side by side: on PostgreSQL each is a round trip (issue #19).
  const [org, client, ecbRates, terms] = await Promise.all([
    ctx.db.selectFrom('organisations').selectAll().where('id', '=', orgId).executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('clients')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('id', '=', row.client_id)
      .executeTakeFirstOrThrow(),
    loadEcbRates(ctx),
    // A contract's invoice follows the terms governing the contract; any other, those in force.
    row.terms_version ? publishedTerms(ctx, orgId, row.terms_version) : termsInForce(ctx, orgId, issueDate),
  ]);
  return { org, client, terms, ecbRates };
}

/** `POST /api/invoices/:id/issue`. */
export async function issueInvoice(ctx: AppContext, actor: Actor, id: string): Promise<InvoiceRefOut> {
  const row = await repo.findInvoice(ctx.db, actor.orgId, id, null);
  if (!row) throw new AppError('invoice.not_found');
  if (row.status !== 'draft') throw new AppError('invoice.not_draft');
  const issueDate = parisDate(ctx.now());
  const [ic, contract] = await Promise.all([
    issueContext(ctx, actor.orgId, row, issueDate),
    row.contract_id ? repo.contractForBilling(ctx.db, actor.orgId, row.contract_id, null) : undefined,
  ]);
  const prepayment = contract?.prepayment_required === 1 || ic.client.financial_status === 'prepayment-required';
  const at = ctx.now().toISOString();
  const { number, dueDate } = await ctx.db.transaction().execute((trx) =>
    issueWithin(trx, ctx, {
      orgId: actor.orgId,
      id,
      actorId: actor.userId,
      issueDate,
      at,
      ic,
      contractTermDays: contract?.payment_term_days ?? null,
      prepayment,
      draft: row,
    }),
  );
  return toInvoiceRef({ ...row, status: 'issued', number, issue_date: issueDate, due_date: dueDate });
}
