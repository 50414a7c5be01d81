/**
 * The demo story's hands: each method is one thing a user does in the product, through the same
 * use case and the same input schema as its API route, at the story's current instant.
 */
import type { AppContext } from '../../context.ts';
import { AppError, type ErrorCode } from '../../kernel/errors.ts';
import type { Actor } from '../../modules/auth/index.ts';
import { runRentBilling } from '../../modules/billing/index.ts';
import { changeFinancialStatus } from '../../modules/late-payment/index.ts';
import { formContract } from '../../modules/contracts/index.ts';
import { FormContractBody, RentalFileReviewBody } from '../../modules/contracts/contracts.schemas.ts';
import { reviewRentalFile } from '../../modules/contracts/rental-file.ts';
import { sendAcknowledgement } from '../../modules/contracts/send-acknowledgement.ts';
import { createCreditNote } from '../../modules/invoices/credit-notes.ts';
import { createFromContract } from '../../modules/invoices/index.ts';
import { listDebitNotes } from '../../modules/debit-notes/read-debit-notes.ts';
import { createDelivery } from '../../modules/equipment/deliver.ts';
import { CreateDeliveryBody } from '../../modules/equipment/equipment.schemas.ts';
import { CreditNoteBody, FromContractBody } from '../../modules/invoices/invoices.schemas.ts';
import { issueInvoice } from '../../modules/invoices/issue-invoice.ts';
import { getInvoice, listInvoices } from '../../modules/invoices/read-invoices.ts';
import { createLessor } from '../../modules/lessors/index.ts';
import { CreateLessorBody } from '../../modules/lessors/lessors.schemas.ts';
import { listLicences, recordUsage } from '../../modules/licences/index.ts';
import { RecordUsageBody } from '../../modules/licences/licences.schemas.ts';
import { confirmLine, getImport, ignoreLine, importStatement } from '../../modules/payments/index.ts';
import { BankImportBody, PaymentBody } from '../../modules/payments/payments.schemas.ts';
import { recordPayment } from '../../modules/payments/record-payment.ts';
import { acceptInPortal } from '../../modules/quotes/accept-in-portal.ts';
import { PortalAcceptBody, PurchaseOrderBody, SignedQuoteBody } from '../../modules/quotes/acceptance.schemas.ts';
import { createQuote } from '../../modules/quotes/create-quote.ts';
import { issueQuote } from '../../modules/quotes/issue-quote.ts';
import { QuoteBody, type QuoteOut } from '../../modules/quotes/quotes.schemas.ts';
import { recordPurchaseOrder, recordSignedQuote } from '../../modules/quotes/record-acceptance.ts';
import { reviseQuote } from '../../modules/quotes/revise-quote.ts';
import { sendQuote } from '../../modules/quotes/send-quote.ts';
import { updateQuote } from '../../modules/quotes/update-quote.ts';
import type { Cast } from './cast.ts';
import type { StoryClock } from './clock.ts';

/** The address the portal acceptance records (a documentation range, RFC 5737). */
const PORTAL_IP = '192.0.2.44';

export type QuoteLine =
  | { kind: 'sale' | 'service'; sku: string; quantity: number; discountPercent?: string; licensedUsers?: number }
  | { kind: 'rental'; sku: string; quantity: number; rentalMonths: number; discountPercent?: string };

export interface QuoteDraft {
  subject: string;
  deliveryLeadTime?: string;
  validityDays?: number;
  lessorId?: string;
  notes?: string[];
  lines: QuoteLine[];
}

export interface Invoice {
  id: string;
  number: string;
  clientId: string;
  issueDate: string;
  dueDate: string;
  grossCents: number;
  openCents: number;
}

export class Office {
  constructor(
    private readonly clock: StoryClock,
    readonly cast: Cast,
  ) {}

  private get ctx(): AppContext {
    return this.clock.ctx;
  }

  private act(): AppContext {
    this.clock.tick();
    return this.ctx;
  }

  private item(sku: string): string {
    const id = this.cast.items.get(sku);
    if (!id) throw new Error(`Catalogue item ${sku} missing from the demo catalogue`);
    return id;
  }

  private quoteBody(clientId: string, d: QuoteDraft) {
    return QuoteBody.parse({
      clientId,
      subject: d.subject,
      deliveryLeadTime: d.deliveryLeadTime ?? '3 semaines à compter de la commande',
      ...(d.validityDays ? { validityDays: d.validityDays } : {}),
      ...(d.lessorId ? { lessorId: d.lessorId } : {}),
      ...(d.notes ? { notes: d.notes } : {}),
      lines: d.lines.map(({ sku, ...l }) => ({ ...l, catalogueItemId: this.item(sku) })),
    });
  }

  // Quotes (sales)

  draftQuote(clientId: string, d: QuoteDraft): Promise<QuoteOut> {
    return createQuote(this.act(), this.cast.sales, this.quoteBody(clientId, d));
  }

  issueQuote(q: QuoteOut): Promise<QuoteOut> {
    return issueQuote(this.act(), this.cast.sales, q.id);
  }

  async sendQuote(q: QuoteOut) {
    await sendQuote(this.act(), this.cast.sales, q.id, {});
  }

  /** Drafted, issued and emailed to the client. */
  async offer(clientId: string, d: QuoteDraft): Promise<QuoteOut> {
    const issued = await this.issueQuote(await this.draftQuote(clientId, d));
    await this.sendQuote(issued);
    return issued;
  }

  /** A new version of a refused quote with other lines, issued and sent. */
  async revise(q: QuoteOut, d: QuoteDraft): Promise<QuoteOut> {
    const draft = await reviseQuote(this.act(), this.cast.sales, q.id);
    await updateQuote(this.act(), this.cast.sales, draft.id, this.quoteBody(q.clientId, d));
    const issued = await this.issueQuote(draft);
    await this.sendQuote(issued);
    return issued;
  }

  // Acceptance (art. 3.1)

  acceptInPortal(q: QuoteOut, client: Actor, signatory: { name: string; title: string }) {
    const body = PortalAcceptBody.parse({
      acceptedWithoutReservation: true,
      signatoryName: signatory.name,
      signatoryTitle: signatory.title,
    });
    return acceptInPortal(this.act(), client, q.id, body, PORTAL_IP);
  }

  signedQuote(q: QuoteOut, body: Record<string, unknown>) {
    return recordSignedQuote(this.act(), this.cast.adv, q.id, SignedQuoteBody.parse(body));
  }

  purchaseOrder(q: QuoteOut, body: Record<string, unknown>) {
    return recordPurchaseOrder(this.act(), this.cast.adv, q.id, PurchaseOrderBody.parse(body));
  }

  /** An acceptance attempt the rule refuses: the refusal is recorded as a decision, then reported. */
  async refused(attempt: Promise<unknown>, code: ErrorCode) {
    try {
      await attempt;
    } catch (e) {
      if (e instanceof AppError && e.code === code) return;
      throw e;
    }
    throw new Error(`The demo expected a refusal ${code}`);
  }

  // Rentals and contracts (order administration)

  createLessor(body: Record<string, unknown>) {
    return createLessor(this.act(), this.cast.admin, CreateLessorBody.parse(body));
  }

  reviewRentalFile(q: QuoteOut, body: Record<string, unknown>) {
    return reviewRentalFile(this.act(), this.cast.adv, q.id, RentalFileReviewBody.parse(body));
  }

  /** The order acknowledgement forms the contract; it is emailed to the client. */
  async formContract(q: QuoteOut, options: Record<string, unknown> = {}) {
    const { contract } = await formContract(
      this.act(),
      this.cast.adv,
      FormContractBody.parse({ quoteId: q.id, ...options }),
    );
    await sendAcknowledgement(this.act(), this.cast.adv, contract.id, {});
    // Rented units are installed at the client's the day the contract is formed: rent is billed
    // only for delivered units, from their delivery (art. 4.2.1).
    const rentals = contract.lines.filter((l) => l.kind === 'rental');
    if (rentals.length)
      await createDelivery(
        this.act(),
        this.cast.adv,
        CreateDeliveryBody.parse({
          contractId: contract.id,
          site: 'Locaux du client',
          lines: rentals.map((l) => ({
            contractLineId: l.id,
            serials: Array.from(
              { length: Number(l.quantity) },
              (_, i) => `${l.sku}-${contract.number.replace(/[^A-Za-z0-9]/g, '')}-${l.position}-${i + 1}`,
            ),
          })),
        }),
      );
    return contract;
  }

  async licencesOf(contractId: string) {
    return listLicences(this.ctx, this.cast.adv, { contractId });
  }

  recordUsage(licenceId: string, usersCount: number) {
    return recordUsage(this.act(), this.cast.technician, licenceId, RecordUsageBody.parse({ usersCount }));
  }

  // Invoices (accounting)

  async invoice(id: string): Promise<Invoice> {
    const { invoice: i } = await getInvoice(this.ctx, this.cast.accounting, id);
    return {
      id: i.id,
      number: i.number ?? '',
      clientId: i.clientId,
      issueDate: i.issueDate ?? '',
      dueDate: i.dueDate ?? '',
      grossCents: i.grossCents,
      openCents: i.openCents,
    };
  }

  async issueInvoice(id: string): Promise<Invoice> {
    await issueInvoice(this.act(), this.cast.accounting, id);
    return this.invoice(id);
  }

  /** Accounting issues the draft the acknowledgement prepared for what is invoiced on order. */
  async issueOrderInvoice(contractId: string): Promise<Invoice> {
    const drafts = await listInvoices(this.ctx, this.cast.accounting, { contractId, filter: 'draft', limit: 10 });
    const draft = drafts.find((d) => d.origin === 'order');
    if (!draft) throw new Error('no order invoice drafted for the contract');
    return this.issueInvoice(draft.id);
  }

  /** Order administration drafts the invoice of the work completed; accounting issues it. */
  async issueCompletionInvoice(contractId: string): Promise<Invoice> {
    const id = await createFromContract(
      this.act(),
      this.cast.adv,
      FromContractBody.parse({ contractId, event: 'completion', operationDate: this.clock.date }),
    );
    return this.issueInvoice(id);
  }

  async issueCreditNote(invoice: Invoice, body: Record<string, unknown>): Promise<Invoice> {
    const id = await createCreditNote(this.act(), this.cast.accounting, invoice.id, CreditNoteBody.parse(body));
    return this.issueInvoice(id);
  }

  /** Accounting bills the month's rents itself (the sweep would do it the next night). */
  billRents() {
    return runRentBilling(this.act(), {
      orgId: this.cast.orgId,
      period: this.clock.date.slice(0, 7),
      issueDate: this.clock.date,
      actorId: this.cast.accounting.userId,
    });
  }

  openInvoicesOf(clientId: string) {
    return listInvoices(this.ctx, this.cast.accounting, {
      clientId,
      kind: 'invoice',
      filter: 'issued',
      limit: 100,
    }).then((xs) => xs.filter((x) => x.openCents > 0));
  }

  /** The debit notes of a client still to be paid. */
  async openDebitNotesOf(clientId: string) {
    return (await listDebitNotes(this.ctx, this.cast.accounting, { clientId, limit: 100 })).filter(
      (n) => n.openCents > 0,
    );
  }

  // Payments (accounting)

  /** A payment received today, put against the documents given. */
  async pay(
    clientId: string,
    means: 'bank-transfer' | 'direct-debit',
    allocations: Array<{ invoiceId?: string; debitNoteId?: string; amountCents: number }>,
    reference?: string,
  ) {
    const amountCents = allocations.reduce((s, a) => s + a.amountCents, 0);
    const body = PaymentBody.parse({
      clientId,
      receivedOn: this.clock.date,
      amountCents,
      means,
      allocations,
      ...(reference ? { reference } : {}),
    });
    return recordPayment(this.act(), this.cast.accounting, body);
  }

  /** A bank statement imported; every line proposed for a client is confirmed, the others ignored. */
  async importBankStatement(filename: string, csv: string) {
    const id = await importStatement(this.act(), this.cast.accounting, BankImportBody.parse({ filename, csv }));
    const { lines } = await getImport(this.ctx, this.cast.accounting, id);
    for (const line of lines) {
      if (line.status === 'proposed') await confirmLine(this.act(), this.cast.accounting, id, line.id, {});
      else if (line.status === 'unmatched') await ignoreLine(this.act(), this.cast.accounting, id, line.id);
    }
    return id;
  }

  /** Accounting lifts the prepayment the sweep imposed, once nothing is overdue any more. */
  liftPrepayment(clientId: string, reason: string) {
    return changeFinancialStatus(this.act(), this.cast.accounting, clientId, { status: 'normal', reason });
  }
}
