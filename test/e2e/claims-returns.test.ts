/**
 * In Chromium: a client files a warranty claim in the portal, order administration refuses it for
 * negligence in storage on the Returns page, and the client sees the reason (art. 11.2); a return
 * asked in the portal is agreed, received, inspected in perfect state and credited (art. 12) —
 * the credit note exists only after the inspection. Staff then keep the registers from the
 * contract and client pages (11.3, 16, 21, 18) and end the contract (15.1). Setup through the API: a one-line sale quote
 * for Transports Morel accepted in the portal, the contract formed, its order invoice issued.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runRentBilling } from '../../src/modules/billing/run-billing.ts';
import { type E2E, login, startE2E } from './harness.ts';
import { apiLogin, json } from './page-api.ts';

const ADV = { email: 'adv@alleo.example', password: 'demo-adv-2026!' };
const CLIENT = { email: 'it@transports-morel.example', password: 'demo-client-2026' };
const ACCOUNTING = { email: 'compta@alleo.example', password: 'demo-compta-2026' };

describe('warranty claims and returns in Chromium', () => {
  let e: E2E;
  let contractId = '';
  let clientId = '';

  beforeAll(async () => {
    e = await startE2E();
    const sales = await e.newPage();
    let headers = await apiLogin(sales.request, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    const client = (await json(sales.request, `${e.baseUrl}/api/clients?q=Morel`)).items[0];
    clientId = client.id;
    const item = (await json(sales.request, `${e.baseUrl}/api/catalogue?q=FS-124F-POE`)).items[0];
    const created = await sales.request.post(`${e.baseUrl}/api/quotes`, {
      headers,
      data: {
        clientId: client.id,
        subject: 'Switch de l’atelier',
        deliveryLeadTime: '2 semaines',
        lines: [{ kind: 'sale', catalogueItemId: item.id, quantity: 2 }],
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
    headers = await apiLogin(adv.request, e.baseUrl, ADV.email, ADV.password);
    const formed = await adv.request.post(`${e.baseUrl}/api/contracts`, { headers, data: { quoteId } });
    expect(formed.status()).toBe(201);
    contractId = (await formed.json()).contract.id;
    await adv.context().close();

    const acc = await e.newPage();
    headers = await apiLogin(acc.request, e.baseUrl, ACCOUNTING.email, ACCOUNTING.password);
    const drafts = await json(acc.request, `${e.baseUrl}/api/invoices?contractId=${contractId}&filter=draft`);
    const draft = drafts.items.find((i: { origin: string }) => i.origin === 'order');
    expect((await acc.request.post(`${e.baseUrl}/api/invoices/${draft.id}/issue`, { headers })).status()).toBe(200);
    await acc.context().close();
  });

  afterAll(() => e?.close());

  /**
   * A contract for Transports Morel formed through the API (quote issued, accepted in the portal,
   * rental file approved for a rental, formed); a rental's units delivered so that rent runs.
   */
  async function apiContract(line: Record<string, unknown>): Promise<string> {
    const sales = await e.newPage();
    let headers = await apiLogin(sales.request, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    const item = (await json(sales.request, `${e.baseUrl}/api/catalogue?q=${line.sku as string}`)).items[0];
    const created = await sales.request.post(`${e.baseUrl}/api/quotes`, {
      headers,
      data: {
        clientId,
        deliveryLeadTime: '1 semaine',
        lines: [{ kind: line.kind, catalogueItemId: item.id, quantity: 1, ...(line.extra as object) }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
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
    headers = await apiLogin(adv.request, e.baseUrl, ADV.email, ADV.password);
    const rental = line.kind === 'rental';
    if (rental) {
      const review = await adv.request.post(`${e.baseUrl}/api/quotes/${quoteId}/rental-file/reviews`, {
        headers,
        data: { party: 'alleo', outcome: 'approved' },
      });
      expect(review.status()).toBe(201);
    }
    const formed = await adv.request.post(`${e.baseUrl}/api/contracts`, {
      headers,
      data: { quoteId, ...(rental ? { rentalPeriodStart: 'contract-start' } : {}) },
    });
    expect(formed.status(), await formed.text()).toBe(201);
    const contract = (await formed.json()).contract as { id: string; lines: { id: string; kind: string }[] };
    if (rental) {
      const delivered = await adv.request.post(`${e.baseUrl}/api/deliveries`, {
        headers,
        data: {
          contractId: contract.id,
          site: 'Site du client',
          lines: contract.lines
            .filter((l) => l.kind === 'rental')
            .map((l) => ({ contractLineId: l.id, serials: [`SN-TERM-${l.id.slice(-8)}`] })),
        },
      });
      expect(delivered.status(), await delivered.text()).toBe(201);
    }
    await adv.context().close();
    return contract.id;
  }

  async function contractPage(page: Page, id: string) {
    await login(page, e.baseUrl, ACCOUNTING.email, ACCOUNTING.password);
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.goto(`${e.baseUrl}/contracts/${id}`);
    await page.getByTestId('contract-lifecycle').waitFor();
  }

  async function fillTermination(page: Page, reason: string, refundReason: string) {
    await page.getByTestId('terminate-reason').fill(reason);
    await page.getByTestId('terminate-refund-reason').fill(refundReason);
    await page.getByTestId('terminate-signatory').fill('Claire Martin');
    await page.getByTestId('terminate-submit').click();
  }

  async function portalContract(page: Page) {
    await login(page, e.baseUrl, CLIENT.email, CLIENT.password);
    await page.waitForURL(/\/portal/);
    await page.goto(`${e.baseUrl}/portal/contracts/${contractId}`);
    await page.getByTestId('portal-claim-forms').waitFor();
  }

  async function staffReturns(page: Page, who: { email: string; password: string }) {
    await login(page, e.baseUrl, who.email, who.password);
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.getByTestId('nav-returns').click();
    await page.getByTestId('page-title').waitFor();
  }

  it('a warranty claim filed in the portal, refused for negligence, shows the client the reason', async () => {
    const client = await e.newPage();
    await portalContract(client);
    // No serial: this contract has no delivered unit in the register (an unknown serial is a 404).
    await client.getByTestId('portal-claim-description').fill('Le switch ne démarre plus depuis lundi.');
    await client.getByTestId('portal-claim-submit').click();
    const row = client.locator('[data-testid="warranty-row"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.first().getAttribute('data-status')).toBe('pending');

    const adv = await e.newPage();
    await staffReturns(adv, ADV);
    const staffRow = adv.locator('[data-testid="warranty-row"]', {
      hasText: 'Le switch ne démarre plus depuis lundi.',
    });
    await staffRow.getByTestId('warranty-exclusion').selectOption('storage-negligence');
    await staffRow.getByTestId('warranty-refuse').click();
    await expect.poll(() => staffRow.getAttribute('data-status')).toBe('refused');
    await adv.context().close();

    await client.reload();
    const refused = client.locator('[data-testid="warranty-row"][data-status="refused"]');
    await refused.waitFor();
    expect(await refused.getByTestId('warranty-reason').textContent()).toBe('Négligence dans le stockage');
    await client.context().close();
  });

  it('a return agreed, received, inspected in perfect state, then credited', async () => {
    const client = await e.newPage();
    await portalContract(client);
    await client.getByTestId('portal-claim-kind').getByText('Demander un retour').click();
    await client.getByTestId('portal-claim-description').fill('Un switch commandé en trop.');
    await client.getByTestId('portal-claim-submit').click();
    await client.locator('[data-testid="return-row"][data-status="requested"]').waitFor();
    await client.context().close();

    const credits = async () =>
      (
        await e.app.ctx.db
          .selectFrom('invoices')
          .select('id')
          .where('contract_id', '=', contractId)
          .where('kind', '=', 'credit-note')
          .execute()
      ).length;

    const adv = await e.newPage();
    await staffReturns(adv, ADV);
    const row = adv.locator('[data-testid="return-row"]', { hasText: 'Un switch commandé en trop.' });
    for (const [button, status] of [
      ['return-agree', 'agreed'],
      ['return-receive', 'received'],
      ['return-inspect-perfect', 'inspected'],
    ] as const) {
      await row.getByTestId(button).click();
      await expect.poll(() => row.getAttribute('data-status')).toBe(status);
    }
    // Order administration does not issue credit notes: no button.
    expect(await row.getByTestId('return-credit').count()).toBe(0);
    expect(await credits()).toBe(0);
    await adv.context().close();

    const acc = await e.newPage();
    await staffReturns(acc, ACCOUNTING);
    const accRow = acc.locator('[data-testid="return-row"]', { hasText: 'Un switch commandé en trop.' });
    await accRow.getByTestId('return-credit').click();
    await expect.poll(() => accRow.getAttribute('data-status')).toBe('credited');
    expect(await credits()).toBe(1);
    await acc.context().close();
  });

  it('staff keep the registers: a contestation with its cap and indirect damages excluded, a force-majeure end before its start refused, a dispute with its Mâcon date, a hiring with its indemnity, then the end of the contract (15.1)', async () => {
    const count = async (table: 'contestations' | 'force_majeure_events' | 'disputes') =>
      Number(
        (
          await e.app.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const acc = await e.newPage();
    await login(acc, e.baseUrl, ACCOUNTING.email, ACCOUNTING.password);
    await acc.getByTestId('dashboard-welcome').waitFor();
    await acc.goto(`${e.baseUrl}/contracts/${contractId}`);
    await acc.getByTestId('contract-contestations').waitFor();

    // The claims register (art. 11.3): received in time, capped at what was paid, indirect damages excluded.
    await acc.getByTestId('contestation-open').click();
    await acc.getByTestId('contestation-description').fill('Switch livré sans ses modules SFP.');
    const today = new Date().toISOString().slice(0, 10);
    await acc.getByTestId('contestation-failure-date').fill(today);
    await acc.getByTestId('contestation-claimed').fill('1 500,00');
    await acc.getByTestId('contestation-indirect').fill('400');
    await acc.getByTestId('contestation-submit').click();
    const row = acc.getByTestId('contestation-row');
    await row.waitFor();
    expect(await row.getAttribute('data-outcome')).toBe('in-time');
    expect(await row.getByTestId('contestation-cap').textContent()).toContain('payé au titre du contrat');
    expect(await row.getByTestId('contestation-indirect-excluded').textContent()).toContain('exclus (art. 11.3)');
    expect(await count('contestations')).toBe(1);

    // A force-majeure end before its start: said on the form, nothing sent.
    await acc.getByTestId('lifecycle-force-majeure').click();
    await acc.getByTestId('fm-end').fill('2020-01-01');
    await acc.getByText('La fin ne peut pas précéder le début de l’événement (art. 16)').waitFor();
    await acc.getByTestId('fm-submit').click();
    expect(await count('force_majeure_events')).toBe(0);
    await acc.keyboard.press('Escape');

    // The client record: a dispute shows the day the Mâcon court may be seized (art. 21), a hiring its indemnity (18).
    await acc.goto(`${e.baseUrl}/clients/${clientId}`);
    await acc.getByTestId('client-obligations').waitFor();
    await acc.getByTestId('obligations-add-dispute').click();
    await acc.getByTestId('dispute-subject').fill('Désaccord sur la facturation du switch');
    await acc.getByTestId('dispute-notified-on').fill('2026-03-02');
    await acc.getByTestId('dispute-submit').click();
    await expect
      .poll(() => acc.getByTestId('obligations-disputes').textContent())
      .toContain('tribunal de commerce de Mâcon à partir du');
    expect(await count('disputes')).toBe(1);
    await acc.getByTestId('obligations-add-hiring').click();
    await acc.getByTestId('hiring-name').fill('Julie Bernard');
    await acc.getByTestId('hiring-salary').fill('3 000');
    await acc.getByTestId('hiring-submit').click();
    // Inside the period (the contract runs): 12 months of gross salary.
    await expect.poll(() => acc.getByTestId('obligations-hirings').textContent()).toContain('36');

    // The end of the contract (art. 15.1) from its page: the status says it.
    await acc.goto(`${e.baseUrl}/contracts/${contractId}`);
    await acc.getByTestId('lifecycle-end').click();
    await acc.getByTestId('end-reason').fill('Prestations exécutées, garantie seule en cours');
    await acc.getByTestId('end-submit').click();
    await expect.poll(() => acc.getByTestId('lifecycle-status').getAttribute('data-status')).toBe('ended');
    await acc.context().close();
  });

  it('a rental terminated without notice for the client’s financial situation, not its fault: the letter and the draft refund credit note are linked (15.2)', async () => {
    const id = await apiContract({ kind: 'rental', sku: 'FAP-231F', extra: { rentalMonths: 12 } });
    // This month's rent, billed and issued in advance: the days from today on are paid for nothing.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(e.app.ctx.now());
    const { org_id: orgId } = await e.app.ctx.db
      .selectFrom('contracts')
      .select('org_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const billed = await runRentBilling(e.app.ctx, {
      orgId,
      period: today.slice(0, 7),
      issueDate: today,
      actorId: 'e2e',
    });
    expect(billed.invoicesCreated).toBeGreaterThanOrEqual(1);

    const page = await e.newPage();
    await contractPage(page, id);
    expect(await page.getByTestId('lifecycle-termination').count()).toBe(0);
    await page.getByTestId('lifecycle-terminate').click();
    await page.getByTestId('terminate-ground').selectOption('financial-situation');
    // Not the client's fault: the refund by credit note is proposed.
    await page.getByTestId('terminate-client-fault').uncheck();
    await expect.poll(() => page.getByTestId('terminate-refund-choice').inputValue()).toBe('credit-note');
    await fillTermination(page, 'Redressement judiciaire du client', 'résiliation non imputable au client');
    await page.getByTestId('terminate-modal').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('lifecycle-status').getAttribute('data-status')).toBe('terminated');

    const termination = page.getByTestId('lifecycle-termination');
    await termination.waitFor();
    const letter = termination.getByTestId('lifecycle-termination-letter');
    const pdf = await page.request.get(`${e.baseUrl}${await letter.getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const lc = await json(page.request, `${e.baseUrl}/api/contracts/${id}/lifecycle`);
    expect(lc.termination).toMatchObject({
      ground: 'financial-situation',
      clientFault: false,
      refundChoice: 'credit-note',
    });
    expect(lc.termination.refundCents).toBeGreaterThan(0);
    const creditNoteId = lc.termination.refundItems[0].creditNoteId as string;
    expect(creditNoteId).toBeTruthy();
    const credit = termination.getByTestId('lifecycle-refund-credit-note');
    expect(await credit.count()).toBe(1);
    expect(await credit.getAttribute('href')).toBe(`/invoices/${creditNoteId}`);
    // The link opens the credit note, a draft that accounting issues.
    await credit.click();
    await page.waitForURL(new RegExp(`/invoices/${creditNoteId}$`));
    const cn = await json(page.request, `${e.baseUrl}/api/invoices/${creditNoteId}`);
    expect(cn.invoice).toMatchObject({ kind: 'credit-note', status: 'draft', contractId: id });
    expect(cn.invoice.netCents).toBe(lc.termination.refundCents);
    await page.context().close();
  });

  it('a contract terminated for breach from its page: formal notice, its AR, refused on day 30, terminated on day 31, the client’s fault so no credit note (15.2)', async () => {
    const id = await apiContract({ kind: 'sale', sku: 'FS-124F-POE' });
    const realNow = e.app.ctx.now;
    try {
      const page = await e.newPage();
      await contractPage(page, id);
      await page.getByTestId('lifecycle-formal-notice').click();
      await page.getByTestId('notice-description').fill('Accès au site refusé aux techniciens depuis trois semaines');
      await page.getByTestId('notice-signatory').fill('Claire Martin');
      await page.getByTestId('notice-submit').click();
      const notice = page.getByTestId('lifecycle-notice');
      await notice.waitFor();
      // The AR comes back today (the date field defaults to today).
      await notice.getByTestId('notice-receipt').click();
      await expect.poll(() => notice.getByTestId('notice-receipt').count()).toBe(0);
      const receivedOn = (await json(page.request, `${e.baseUrl}/api/contracts/${id}/lifecycle`)).formalNotices[0]
        .receivedOn as string;
      await page.context().close();

      const dayAfterAr = (n: number) => new Date(Date.parse(`${receivedOn}T10:00:00Z`) + n * 86_400_000);
      // Day 30 after the AR: still inside the 30 days, refused with the date, nothing written.
      e.app.ctx.now = () => dayAfterAr(30);
      const early = await e.newPage();
      await contractPage(early, id);
      await early.getByTestId('lifecycle-terminate').click();
      await fillTermination(early, 'Mise en demeure restée sans effet', 'résiliation aux torts du client');
      await early.getByTestId('terminate-error').waitFor();
      expect(await early.getByTestId('lifecycle-status').getAttribute('data-status')).toBe('active');
      await early.context().close();

      // Day 31: terminable; the client's fault (the default), no refund.
      e.app.ctx.now = () => dayAfterAr(31);
      const late = await e.newPage();
      await contractPage(late, id);
      await late.getByTestId('lifecycle-terminate').click();
      expect(await late.getByTestId('terminate-client-fault').isChecked()).toBe(true);
      await fillTermination(late, 'Mise en demeure restée sans effet', 'résiliation aux torts du client');
      await late.getByTestId('terminate-modal').waitFor({ state: 'hidden' });
      await expect.poll(() => late.getByTestId('lifecycle-status').getAttribute('data-status')).toBe('terminated');
      const termination = late.getByTestId('lifecycle-termination');
      await termination.getByTestId('lifecycle-termination-letter').waitFor();
      expect(await termination.getByTestId('lifecycle-refund-credit-note').count()).toBe(0);
      const lc = await json(late.request, `${e.baseUrl}/api/contracts/${id}/lifecycle`);
      expect(lc.termination).toMatchObject({ ground: 'breach', clientFault: true, refundChoice: 'none' });
      await late.context().close();
    } finally {
      e.app.ctx.now = realNow;
    }
  });
});
