/**
 * In Chromium, an intervention end to end (art. 6.9, 7): order administration schedules an
 * installation day from a contract service line on the planning board (the slot checked first);
 * the client confirms the date in the portal; three days before the date the client cancels,
 * sees the indemnity with the decision citing art. 6.9 before confirming, and the indemnity
 * becomes an invoice line carrying the citation, which accounting sees on the invoice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type E2E, login, startE2E } from './harness.ts';
import { apiLogin, json } from './page-api.ts';

const DAY = 86_400_000;
const ADV = { email: 'adv@alleo.example', password: 'demo-adv-2026!' };
const CLIENT = { email: 'it@transports-morel.example', password: 'demo-client-2026' };
const ACCOUNTING = { email: 'compta@alleo.example', password: 'demo-compta-2026' };

const parisDate = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
const addDays = (civil: string, days: number) =>
  new Date(Date.parse(`${civil}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** The first Tuesday–Thursday at least `days` after `from` that is not in the year-end holidays. */
function workingDayAfter(from: string, days: number): string {
  let d = addDays(from, days);
  for (;;) {
    const wd = new Date(`${d}T12:00:00Z`).getUTCDay();
    const md = d.slice(5);
    if (wd >= 2 && wd <= 4 && !['12-25', '01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11'].includes(md))
      return d;
    d = addDays(d, 1);
  }
}
const eur = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const money = (cents: number) => eur.format(cents / 100).replace(/\s+/g, ' ');
const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

async function pick(page: Page, testId: string, option: RegExp) {
  await page.getByTestId(testId).click({ force: true });
  await page.getByRole('option', { name: option }).first().click();
}

describe('an intervention in Chromium: scheduled, confirmed, cancelled late, invoiced', () => {
  let e: E2E;
  const realNow = () => new Date();
  let contractNumber = '';
  let interventionDate = '';
  let interventionId = '';
  let chargeInvoiceId = '';

  beforeAll(async () => {
    e = await startE2E();
    e.app.ctx.now = realNow;
    interventionDate = workingDayAfter(parisDate(new Date()), 30);
    // A contract with an installation day, formed through the API (quote, portal acceptance, acknowledgement).
    const sales = await e.newPage();
    let headers = await apiLogin(sales.request, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    const client = (await json(sales.request, `${e.baseUrl}/api/clients?q=Morel`)).items[0];
    const item = (await json(sales.request, `${e.baseUrl}/api/catalogue?q=SRV-INSTALL-DAY`)).items[0];
    const ticket = (await json(sales.request, `${e.baseUrl}/api/catalogue?q=SRV-TICKET`)).items[0];
    const created = await sales.request.post(`${e.baseUrl}/api/quotes`, {
      headers,
      data: {
        clientId: client.id,
        subject: 'Installation du pare-feu',
        deliveryLeadTime: '2 semaines',
        // The per-ticket maintenance line gives the client a tariff to buy tickets at (art. 6.6, 11.2).
        lines: [
          { kind: 'service', catalogueItemId: item.id, quantity: 1 },
          { kind: 'service', catalogueItemId: ticket.id, quantity: 1 },
        ],
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
    contractNumber = (await formed.json()).contract.number;
    // The demo technician is on the board (the seed makes each technician user one).
    const techs = await json(adv.request, `${e.baseUrl}/api/technicians`);
    expect(techs.items.map((x: { name: string }) => x.name)).toContain('Thomas Technicien');
    await adv.context().close();
  });

  afterAll(async () => {
    if (e) e.app.ctx.now = realNow;
    await e?.close();
  });

  it('order administration schedules the installation on the planning board, the slot checked first', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, ADV.email, ADV.password);
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.getByTestId('nav-interventions').click();
    await page.getByTestId('planning-board').waitFor();
    await page.getByTestId('interventions-new').click();
    await pick(page, 'schedule-contract', new RegExp(contractNumber));
    await pick(page, 'schedule-line', /Installation/);
    await pick(page, 'schedule-technicians', /Thomas Technicien/);
    await page.keyboard.press('Escape');
    await page.getByTestId('schedule-date').fill(interventionDate);
    await page.getByTestId('schedule-start').fill('09:00');
    await page.getByTestId('schedule-end').fill('12:00');
    await page.getByTestId('schedule-check').click();
    const summary = page.getByTestId('slot-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-off-hours')).toBe('false');
    await page.getByTestId('schedule-save').click();
    await page.getByTestId('schedule-modal').waitFor({ state: 'hidden' });
    const list = await json(
      page.request,
      `${e.baseUrl}/api/interventions?from=${interventionDate}&to=${interventionDate}`,
    );
    expect(list.items).toHaveLength(1);
    interventionId = list.items[0].id;
    expect(list.items[0]).toMatchObject({ status: 'scheduled', confirmation: 'pending', start: '09:00', end: '12:00' });
    await page.context().close();
  });

  it('the client confirms the proposed date in the portal: guaranteed (art. 6.9)', async () => {
    expect(interventionId).not.toBe('');
    const page = await e.newPage();
    await login(page, e.baseUrl, CLIENT.email, CLIENT.password);
    await page.getByTestId('nav-my-interventions').click();
    const row = page.getByTestId(`my-intervention-${interventionId}`);
    await row.waitFor();
    await page.getByTestId(`confirm-${interventionId}`).click();
    await row.getByTestId('intervention-confirmation').filter({ hasText: 'Date garantie' }).waitFor();
    const detail = await json(page.request, `${e.baseUrl}/api/interventions/${interventionId}`);
    expect(detail.intervention.confirmation).toBe('guaranteed');
    expect(detail.timeline.map((x: { kind: string }) => x.kind)).toContain('intervention.confirmation:guaranteed');
    await page.context().close();
  });

  it('three days before, the client cancels: the indemnity and its article are shown first, then invoiced with the citation', async () => {
    // The server's clock moves to D − 3, inside the 7 days before the date.
    const at = new Date(`${addDays(interventionDate, -3)}T09:00:00Z`);
    e.app.ctx.now = () => at;
    const page = await e.newPage();
    await login(page, e.baseUrl, CLIENT.email, CLIENT.password);
    await page.getByTestId('nav-my-interventions').click();
    await page.getByTestId(`cancel-${interventionId}`).click();
    const preview = page.getByTestId('cancel-preview');
    await preview.waitFor();
    const expected = await json(
      page.request,
      `${e.baseUrl}/api/interventions/${interventionId}/cancellation?kind=cancel`,
    );
    expect(expected.decision.outcome).toBe('indemnity');
    expect(expected.chargeCents).toBe(25000);
    expect(clean(await page.getByTestId('cancel-charge').textContent())).toBe(`Coût : ${money(25000)}`);
    expect(clean(await preview.textContent())).toContain('art. 6.9');
    await page.getByTestId('cancel-confirm').click();
    await page.getByTestId('cancel-modal').waitFor({ state: 'hidden' });
    await page
      .getByTestId(`my-intervention-${interventionId}`)
      .getByTestId('intervention-status')
      .filter({ hasText: 'Annulée' })
      .waitFor();
    const detail = await json(page.request, `${e.baseUrl}/api/interventions/${interventionId}`);
    expect(detail.intervention).toMatchObject({ status: 'cancelled', chargeCents: 25000 });
    chargeInvoiceId = detail.intervention.chargeInvoiceId;
    expect(chargeInvoiceId).toBeTruthy();
    await page.context().close();

    // Accounting sees the invoice line carrying the decision's citation.
    const acc = await e.newPage();
    await login(acc, e.baseUrl, ACCOUNTING.email, ACCOUNTING.password);
    await acc.getByTestId('dashboard-welcome').waitFor();
    await acc.goto(`${e.baseUrl}/invoices/${chargeInvoiceId}`);
    const lines = acc.getByTestId('invoice-lines');
    await lines.waitFor();
    const text = clean(await lines.textContent());
    expect(text).toContain('Indemnité d’annulation tardive');
    expect(text).toContain('art. 6.9');
    expect(text).toContain(money(25000));
    await acc.context().close();
  });

  it('order administration drags an intervention to the next day on the board: the cost of the same move at the client’s request is shown first', async () => {
    // The server's clock is still D − 3 (inside the 7 days before D).
    const page = await e.newPage();
    await login(page, e.baseUrl, ADV.email, ADV.password);
    await page.getByTestId('dashboard-welcome').waitFor();
    const first = await json(page.request, `${e.baseUrl}/api/interventions/${interventionId}`);
    const techs = await json(page.request, `${e.baseUrl}/api/technicians`);
    const techId = techs.items.find((x: { name: string }) => x.name === 'Thomas Technicien').id as string;
    const writer = await e.newPage();
    const headers = await apiLogin(writer.request, e.baseUrl, ADV.email, ADV.password);
    const created = await writer.request.post(`${e.baseUrl}/api/interventions`, {
      headers,
      data: {
        contractLineId: first.intervention.contractLineId,
        technicianIds: [techId],
        date: interventionDate,
        start: '14:00',
        end: '16:00',
        mode: 'on-site',
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const id = (await created.json()).intervention.id as string;
    await writer.context().close();
    const next = addDays(interventionDate, 1);
    await page.getByTestId('nav-interventions').click();
    await page.getByTestId('planning-board').waitFor();
    const card = page.getByTestId(`board-card-${id}`);
    for (let w = 0; w < 8 && !(await card.isVisible()); w++) {
      await page.getByTestId('week-next').click();
      await page.waitForTimeout(300);
    }
    await card.dragTo(page.getByTestId(`board-cell-${techId}-${next}`));
    const late = page.getByTestId('move-late-cost');
    await late.waitFor();
    expect(clean(await late.textContent())).toContain(money(25000));
    expect(clean(await late.textContent())).toContain('art. 6.9');
    await page.getByTestId('move-confirm').click();
    await page.getByTestId(`board-cell-${techId}-${next}`).getByTestId(`board-card-${id}`).waitFor();
    const moved = await json(page.request, `${e.baseUrl}/api/interventions/${id}`);
    expect(moved.intervention).toMatchObject({ date: next, start: '14:00', confirmation: 'pending' });
    await page.context().close();
  });

  it('the client sees its intervention report and its ticket balance in the portal', async () => {
    // Order administration buys tickets for the client and an intervention is completed with its report.
    const adv = await e.newPage();
    const headers = await apiLogin(adv.request, e.baseUrl, ADV.email, ADV.password);
    const first = await json(adv.request, `${e.baseUrl}/api/interventions/${interventionId}`);
    const clientId = first.intervention.clientId as string;
    const account = await json(adv.request, `${e.baseUrl}/api/clients/${clientId}/tickets`);
    const tariff = account.tariffs.find((x: { contractId: string }) => x.contractId === first.intervention.contractId);
    expect(tariff).toBeTruthy();
    const bought = await adv.request.post(`${e.baseUrl}/api/clients/${clientId}/tickets`, {
      headers,
      data: { contractLineId: tariff.contractLineId, quantity: 4 },
    });
    expect(bought.status(), await bought.text()).toBeLessThan(300);
    const balance = (await json(adv.request, `${e.baseUrl}/api/clients/${clientId}/tickets`)).balance as number;
    expect(balance).toBe(account.balance + 4);
    const techs = await json(adv.request, `${e.baseUrl}/api/technicians`);
    const techId = techs.items.find((x: { name: string }) => x.name === 'Thomas Technicien').id as string;
    const created = await adv.request.post(`${e.baseUrl}/api/interventions`, {
      headers,
      data: {
        contractLineId: first.intervention.contractLineId,
        technicianIds: [techId],
        date: workingDayAfter(interventionDate, 7),
        start: '09:00',
        end: '12:00',
        mode: 'on-site',
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const id = (await created.json()).intervention.id as string;
    const completed = await adv.request.post(`${e.baseUrl}/api/interventions/${id}/complete`, {
      headers,
      data: { workDone: 'Pare-feu installé et règles migrées', minutesSpent: 180, serials: ['FW-E2E-0001'] },
    });
    expect(completed.status(), await completed.text()).toBe(200);
    await adv.context().close();

    const page = await e.newPage();
    await login(page, e.baseUrl, CLIENT.email, CLIENT.password);
    await page.getByTestId('nav-my-interventions').click();
    // My reports: the completed intervention offers its report, and the link gives the PDF.
    const row = page.getByTestId(`my-intervention-${id}`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('completed');
    const link = row.getByTestId(`report-${id}`);
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/interventions/${id}/report.pdf`);
    const pdf = await page.request.get(`${e.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // Interventions not completed have no report to offer.
    expect(await page.getByTestId(`report-${interventionId}`).count()).toBe(0);
    // My ticket balance: the balance after the purchase, and the contract tariff.
    const tickets = page.getByTestId('ticket-balance');
    await tickets.waitFor();
    await tickets
      .getByTestId('ticket-balance-value')
      .filter({ hasText: `Solde : ${balance} ticket(s)` })
      .waitFor();
    expect(clean(await tickets.textContent())).toContain(tariff.label);
    // A client does not buy tickets itself: staff do (art. 11.2).
    expect(await tickets.getByTestId('tickets-buy').count()).toBe(0);
    await page.context().close();
  });
});
