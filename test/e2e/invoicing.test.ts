/**
 * In Chromium, invoicing and late payment end to end (art. 10.1, 10.3), one browser context per
 * user. Setup through the API: a sale quote for Transports Morel, accepted in the portal, and the
 * contract formed by its order acknowledgement (which drafts the invoice of the order). Then,
 * through the screens: accounting finds the draft on the contract and issues it; the server's clock moves 45 days on (past the
 * 30-day due date); accounting records a late partial payment on the payment screen; the daily
 * sweep runs as of that day; the invoice shows the late-payment interest, the EUR 40 indemnity and
 * the decision citing art. 10.3, and accounting claims them on a debit note; the client user sees
 * the same figures in "Mes factures", "Mon relevé" and "Ce que je dois aujourd'hui".
 * Every figure is checked against the API's own answer, formatted as the screens do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { type E2E, login, startE2E } from './harness.ts';
import { apiLogin, json } from './page-api.ts';

const DAY = 86_400_000;
const ACCOUNTING = { email: 'compta@alleo.example', password: 'demo-compta-2026' };
const CLIENT = { email: 'it@transports-morel.example', password: 'demo-client-2026' };

const eur = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
/** Cents as the screens show them, spaces of any kind as plain spaces. */
const money = (cents: number) => eur.format(cents / 100).replace(/\s+/g, ' ');
const frDate = (civil: string) => `${civil.slice(8, 10)}/${civil.slice(5, 7)}/${civil.slice(0, 4)}`;
const parisDate = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
const addDays = (civil: string, days: number) =>
  new Date(Date.parse(`${civil}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The visible text of an element, spaces of any kind (narrow no-break in amounts) as plain spaces. */
async function text(page: Page, testId: string, within?: string): Promise<string> {
  const root = within ? page.getByTestId(within).first() : page;
  return ((await root.getByTestId(testId).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Fetches a document link of the page with the page's session: it must be a PDF. */
async function expectPdf(page: Page, testId: string) {
  const href = await page.getByTestId(testId).first().getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(new URL(href!, page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

describe('invoicing and late payment in Chromium', () => {
  let e: E2E;
  const realNow = () => new Date();
  let contractId = '';
  let contractNumber = '';
  let invoiceId = '';
  let invoiceNumber = '';
  let dueDate = '';
  let paidCents = 0;
  let serverToday = '';

  beforeAll(async () => {
    e = await startE2E();
    e.app.ctx.now = realNow;
    // A contract through the API: sales issues a one-line sale quote, the client accepts it in
    // the portal, order administration issues the acknowledgement (art. 3.1, 3.2).
    const sales = await e.newPage();
    let headers = await apiLogin(sales.request, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    const client = (await json(sales.request, `${e.baseUrl}/api/clients?q=Morel`)).items[0];
    const item = (await json(sales.request, `${e.baseUrl}/api/catalogue?q=FS-124F-POE`)).items[0];
    const created = await sales.request.post(`${e.baseUrl}/api/quotes`, {
      headers,
      data: {
        clientId: client.id,
        subject: 'Switchs du dépôt',
        deliveryLeadTime: '2 semaines',
        lines: [{ kind: 'sale', catalogueItemId: item.id, quantity: 3, discountPercent: '5' }],
      },
    });
    expect(created.status()).toBe(201);
    const quoteId = (await created.json()).quote.id as string;
    expect((await sales.request.post(`${e.baseUrl}/api/quotes/${quoteId}/issue`, { headers })).status()).toBe(200);
    await sales.context().close();

    const portal = await e.newPage();
    headers = await apiLogin(portal.request, e.baseUrl, CLIENT.email, CLIENT.password);
    const accepted = await portal.request.post(`${e.baseUrl}/api/portal/quotes/${quoteId}/accept`, {
      headers,
      data: { acceptedWithoutReservation: true, signatoryName: 'Marc Morel', signatoryTitle: 'Directeur informatique' },
    });
    expect(accepted.status()).toBe(200);
    await portal.context().close();

    const adv = await e.newPage();
    headers = await apiLogin(adv.request, e.baseUrl, 'adv@alleo.example', 'demo-adv-2026!');
    const formed = await adv.request.post(`${e.baseUrl}/api/contracts`, { headers, data: { quoteId } });
    expect(formed.status()).toBe(201);
    const contract = (await formed.json()).contract;
    contractId = contract.id;
    contractNumber = contract.number;
    await adv.context().close();
  });

  afterAll(async () => {
    if (e) e.app.ctx.now = realNow;
    await e?.close();
  });

  it('accounting finds the draft invoice of the order on the contract and issues it', async () => {
    expect(contractId).not.toBe('');
    const page = await e.newPage();
    await login(page, e.baseUrl, ACCOUNTING.email, ACCOUNTING.password);
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.getByTestId('nav-contracts').click();
    await page.getByTestId(`contract-row-${contractNumber}`).getByTestId('contract-link').click();
    await page.getByTestId('contract-detail').waitFor();

    // Forming the contract drafted the invoice of the order (goods invoiced on order, art. 10.1):
    // "Facturer" the order again finds nothing left to invoice and says so.
    const draftRow = page.locator('[data-testid="contract-invoices-table"] [data-state="draft"]').first();
    await draftRow.waitFor();
    await page.getByTestId('contract-invoice').click();
    await page.getByTestId('contract-invoice-event-order').check();
    await page.getByTestId('contract-invoice-submit').click();
    await page.getByTestId('contract-invoice-error').waitFor();
    await page.getByTestId('contract-invoice-modal').getByRole('button', { name: 'Annuler' }).click();

    await draftRow.getByTestId('invoice-link').click();
    const draft = page.locator('[data-testid="invoice-detail"][data-status="draft"]');
    await draft.waitFor();
    invoiceId = (await draft.getAttribute('data-invoice-id')) ?? '';
    expect(await page.getByTestId('invoice-draft-hint').count()).toBe(1);

    // The draft as the API has it: lines and totals.
    const apiDraft = (await json(page.request, `${e.baseUrl}/api/invoices/${invoiceId}`)).invoice;
    expect(apiDraft.lines).toHaveLength(1);
    expect(await text(page, 'total-net', 'invoice-totals')).toBe(money(apiDraft.netCents));
    expect(await text(page, 'total-gross', 'invoice-totals')).toBe(money(apiDraft.grossCents));
    expect(await text(page, 'invoice-line-net')).toBe(money(apiDraft.lines[0].netCents));

    // Issued: next number of the series, due 30 days after issue (art. 10.1), Factur-X PDF.
    await page.getByTestId('invoice-issue').click();
    await page.getByTestId('invoice-issue-modal-confirm').click();
    const issued = page.locator('[data-testid="invoice-detail"][data-status="issued"]');
    await issued.waitFor();
    invoiceNumber = (await issued.getAttribute('data-number')) ?? '';
    expect(invoiceNumber).toMatch(/^F-\d{4}-\d+$/);
    const apiIssued = (await json(page.request, `${e.baseUrl}/api/invoices/${invoiceId}`)).invoice;
    dueDate = apiIssued.dueDate;
    expect(dueDate).toBe(addDays(apiIssued.issueDate, 30));
    expect(await text(page, 'invoice-number')).toBe(invoiceNumber);
    expect(await text(page, 'invoice-due-date')).toBe(frDate(dueDate));
    expect(await page.getByTestId('invoice-state').first().getAttribute('data-state')).toBe('not-due');
    expect(await text(page, 'invoice-open')).toBe(money(apiIssued.grossCents));
    await expectPdf(page, 'invoice-pdf');
    await page.locator('[data-testid="timeline-evidence"]').first().waitFor();

    // Sent by e-mail to the client's billing address (pre-filled) with its Factur-X PDF.
    await page.getByTestId('invoice-send').click();
    await expect
      .poll(() => page.getByTestId('invoice-send-dialog-to').inputValue())
      .toBe('compta@transports-morel.example');
    await page.getByTestId('invoice-send-dialog-submit').click();
    const sent = page.locator(
      '[data-testid="invoice-send-dialog-result"] [data-testid="mail-status"][data-status="sent"]',
    );
    await sent.waitFor();
    expect((await sent.textContent())?.trim()).toMatch(/^Envoyé le /);
    await page.getByTestId('invoice-send-dialog-close').click();
    const row = page.locator('[data-testid="document-messages"] [data-testid^="document-message-"]').first();
    await row.waitFor();
    const messageId = ((await row.getAttribute('data-testid')) ?? '').replace('document-message-', '');
    expect(fs.readFileSync(path.join(e.dataDir, 'outbox', `${messageId}.eml`)).toString('latin1')).toContain(
      'To: compta@transports-morel.example',
    );

    // Listed with the filter "Émises" and the totals of the list.
    await page.getByTestId('nav-invoices').click();
    await page.getByTestId('invoices-filter-issued').click();
    await page.getByTestId(`invoice-row-${invoiceNumber}`).waitFor();
    const listed = (await json(page.request, `${e.baseUrl}/api/invoices?filter=issued`)).items as Array<{
      kind: string;
      netCents: number;
      grossCents: number;
      openCents: number;
    }>;
    const sum = (f: (i: (typeof listed)[number]) => number) =>
      listed.reduce((s, i) => s + (i.kind === 'credit-note' ? -1 : 1) * f(i), 0);
    expect(await text(page, 'invoices-totals-net')).toBe(money(sum((i) => i.netCents)));
    expect(await text(page, 'invoices-totals-gross')).toBe(money(sum((i) => i.grossCents)));
    expect(await text(page, 'invoices-totals-open')).toBe(
      money(listed.reduce((s, i) => s + (i.kind === 'invoice' ? i.openCents : 0), 0)),
    );
    await page.context().close();
  });

  it('45 days later, accounting records a late partial payment on the payment screen', async () => {
    expect(invoiceId).not.toBe('');
    // The server's clock moves past the due date (the e2e server reads time only through ctx.now).
    const shift = 45 * DAY;
    e.app.ctx.now = () => new Date(Date.now() + shift);
    serverToday = parisDate(e.app.ctx.now());
    expect(serverToday > dueDate).toBe(true);

    const page = await e.newPage();
    await login(page, e.baseUrl, ACCOUNTING.email, ACCOUNTING.password);
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.goto(`${e.baseUrl}/invoices/${invoiceId}`);
    await page.locator('[data-testid="invoice-detail"][data-state="overdue"]').waitFor();
    const before = (await json(page.request, `${e.baseUrl}/api/invoices/${invoiceId}`)).invoice;
    paidCents = Math.floor(before.grossCents / 2);

    await page.getByTestId('invoice-record-payment').click();
    await page.getByTestId('payment-entry').waitFor();
    await expect.poll(() => page.getByTestId('payment-client').inputValue()).toContain('Transports Morel SAS');
    // Received 5 days after the due date: late.
    const receivedOn = addDays(dueDate, 5);
    await page.getByTestId('payment-received-on').fill(receivedOn);
    await page.getByTestId('payment-amount').fill((paidCents / 100).toFixed(2).replace('.', ','));
    await page.getByTestId(`allocation-row-${invoiceNumber}`).waitFor();
    // The whole amount goes to the open invoice; nothing is left as credit.
    await expect
      .poll(() => page.getByTestId(`allocation-${invoiceNumber}`).inputValue())
      .toBe((paidCents / 100).toFixed(2).replace('.', ','));
    expect(await text(page, 'payment-allocated-total')).toBe(money(paidCents));
    expect(await text(page, 'payment-remaining')).toBe(money(0));
    await page.getByTestId('payment-reference').fill('VIR MOREL');

    // A field the server refuses is named under its field: funds received after today.
    await page.getByTestId('payment-received-on').fill(addDays(serverToday, 1));
    await page.getByTestId('payment-submit').click();
    await expect.poll(() => page.locator('[data-testid="payment-received-on"][aria-invalid="true"]').count()).toBe(1);
    await page.getByTestId('payment-received-on').fill(receivedOn);
    await page.getByTestId('payment-submit').click();

    // Back on the invoice: paid and open as the API has them.
    await page.locator('[data-testid="invoice-payment-row"]').waitFor();
    const after = (await json(page.request, `${e.baseUrl}/api/invoices/${invoiceId}`)).invoice;
    expect(after.paidCents).toBe(paidCents);
    expect(after.openCents).toBe(before.grossCents - paidCents);
    await expect.poll(() => text(page, 'invoice-paid')).toBe(money(after.paidCents));
    expect(await text(page, 'invoice-open')).toBe(money(after.openCents));

    // Listed with the payments.
    await page.getByTestId('nav-payments').click();
    const row = page.locator('[data-testid="payment-row"]').first();
    await row.waitFor();
    expect(await text(page, 'payment-row-amount')).toBe(money(paidCents));
    await page.context().close();
  });

  it('after the daily sweep, the invoice shows the interest, the indemnity and the decision; accounting claims them by debit note', async () => {
    expect(serverToday).not.toBe('');
    const report = await runSweep(e.app.ctx, e.app.handle, { asOf: serverToday });
    expect(report.steps.some((s) => s.step === 'invoice.late-payment' && s.status === 'ran')).toBe(true);

    const page = await e.newPage();
    await login(page, e.baseUrl, ACCOUNTING.email, ACCOUNTING.password);
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.goto(`${e.baseUrl}/invoices/${invoiceId}`);
    await page.getByTestId('invoice-late-interest').waitFor();
    const inv = (await json(page.request, `${e.baseUrl}/api/invoices/${invoiceId}`)).invoice;
    expect(inv.lateInterestCents).toBeGreaterThan(0);
    expect(inv.lateIndemnityCents).toBe(4000);
    expect(inv.lateAsOf).toBe(serverToday);
    expect(await text(page, 'invoice-late-interest')).toBe(money(inv.lateInterestCents));
    expect(await text(page, 'invoice-late-indemnity')).toBe(money(inv.lateIndemnityCents));
    expect(await text(page, 'invoice-late-as-of')).toBe(frDate(serverToday));
    expect(await text(page, 'invoice-days-late')).toBe(String(inv.latePayment.daysLate));
    expect(await page.getByTestId('invoice-late-decision').getAttribute('data-outcome')).toBe(inv.latePayment.outcome);
    expect(await text(page, 'invoice-late-decision-citation')).toBe('art. 10.3 — CGV version ALLEO-1');
    await page.getByTestId('invoice-late-periods').waitFor();

    // The dunning dashboard lists it with the same figures.
    await page.getByTestId('nav-dunning').click();
    await page.getByTestId(`dunning-row-${invoiceNumber}`).waitFor();
    expect(await text(page, 'dunning-row-interest', `dunning-row-${invoiceNumber}`)).toContain(
      money(inv.lateInterestCents),
    );
    expect(await text(page, 'dunning-row-open', `dunning-row-${invoiceNumber}`)).toBe(money(inv.openCents));

    // Claimed on a debit note from the invoice: interest + EUR 40, no VAT.
    await page.goto(`${e.baseUrl}/invoices/${invoiceId}`);
    await page.getByTestId('invoice-claim-debit-note').click();
    await page.getByTestId('debit-note-create-submit').click();
    const noteRow = page.locator('[data-testid="invoice-debit-notes-table"] [data-testid^="debit-note-row-"]').first();
    await noteRow.waitFor();
    const notes = (await json(page.request, `${e.baseUrl}/api/debit-notes`)).items as Array<{
      id: string;
      number: string;
      totalCents: number;
    }>;
    expect(notes).toHaveLength(1);
    const note = (await json(page.request, `${e.baseUrl}/api/debit-notes/${notes[0]!.id}`)).debitNote;
    expect(note.totalCents).toBe(note.rows[0].interestCents + note.rows[0].indemnityCents);
    expect(note.rows[0].interestCents).toBe(inv.lateInterestCents);
    expect(await noteRow.getAttribute('data-testid')).toBe(`debit-note-row-${note.number}`);
    expect(await text(page, 'debit-note-row-total', 'invoice-debit-notes-table')).toBe(money(note.totalCents));
    await noteRow.getByTestId('debit-note-link').click();
    await page.getByTestId('debit-note-detail').waitFor();
    expect(await text(page, 'debit-note-total')).toBe(money(note.totalCents));
    expect(await text(page, 'debit-note-interest')).toBe(money(inv.lateInterestCents));
    await expectPdf(page, 'debit-note-pdf');
    await page.context().close();
  });

  it('the client sees the same figures in "Mes factures", "Mon relevé" and "Ce que je dois aujourd’hui"', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, CLIENT.email, CLIENT.password);
    await page.getByTestId('portal-welcome').waitFor();
    const mine = (await json(page.request, `${e.baseUrl}/api/invoices`)).items as Array<{
      id: string;
      number: string;
      clientName: string;
      openCents: number;
      lateInterestCents: number;
      lateIndemnityCents: number;
    }>;
    expect(mine.every((i) => i.clientName === 'Transports Morel SAS')).toBe(true);
    const inv = mine.find((i) => i.id === invoiceId)!;
    expect(inv).toBeTruthy();

    // Mes factures: the open amount and the late charges of the invoice.
    await page.getByTestId('nav-my-invoices').click();
    const row = page.getByTestId(`invoice-row-${invoiceNumber}`);
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('overdue');
    expect(await text(page, 'invoice-row-open', `invoice-row-${invoiceNumber}`)).toBe(money(inv.openCents));
    expect(await text(page, 'invoice-row-late', `invoice-row-${invoiceNumber}`)).toBe(
      money(inv.lateInterestCents + inv.lateIndemnityCents),
    );
    await row.getByTestId('invoice-link').click();
    await page.getByTestId('invoice-detail').waitFor();
    expect(await text(page, 'invoice-open')).toBe(money(inv.openCents));
    expect(await text(page, 'invoice-late-interest')).toBe(money(inv.lateInterestCents));
    expect(await text(page, 'invoice-late-indemnity')).toBe(money(inv.lateIndemnityCents));
    await expectPdf(page, 'my-invoice-pdf');

    // Mon relevé: as the portal statement says.
    const statement = await json(page.request, `${e.baseUrl}/api/portal/statement`);
    const line = statement.invoices.find((i: { id: string }) => i.id === invoiceId);
    await page.getByTestId('nav-my-statement').click();
    await page.getByTestId(`statement-invoice-${invoiceNumber}`).waitFor();
    expect(await text(page, 'statement-invoice-open', `statement-invoice-${invoiceNumber}`)).toBe(
      money(line.openCents),
    );
    expect(await text(page, 'statement-invoice-interest', `statement-invoice-${invoiceNumber}`)).toBe(
      money(line.lateInterestCents),
    );
    expect(line.openCents).toBe(inv.openCents);
    expect(line.lateInterestCents).toBe(inv.lateInterestCents);
    expect(await text(page, 'statement-balance')).toBe(money(statement.totals.balanceCents));
    expect(await text(page, 'statement-owed-today')).toBe(money(statement.totals.owedTodayCents));
    await expectPdf(page, 'statement-pdf');

    // Ce que je dois aujourd'hui: the open amount, the interest and the total owed today.
    await page.getByTestId('nav-my-dues').click();
    await page.getByTestId(`dues-invoice-${invoiceNumber}`).waitFor();
    expect(await text(page, 'dues-invoice-open', `dues-invoice-${invoiceNumber}`)).toBe(money(inv.openCents));
    expect(await text(page, 'dues-invoice-interest', `dues-invoice-${invoiceNumber}`)).toBe(
      money(inv.lateInterestCents),
    );
    expect(await text(page, 'dues-total')).toBe(money(statement.totals.owedTodayCents));
    expect(await text(page, 'dues-invoices')).toBe(money(statement.totals.dueInvoicesCents));
    await page.context().close();
  });
});
