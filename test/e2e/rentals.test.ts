/**
 * In Chromium, a rental from delivery to late return (art. 4.2.1, 7, 15.3): order administration
 * delivers two access points from the Deliveries page; the client signs the delivery note in the
 * portal (the transfer of risk), uploads its insurance certificate and reports an incident; the
 * rental has ended, order administration records the return from the Rentals page, late, and the
 * immobilisation indemnity invoice appears. Set-up through the API (a rental quote accepted in
 * the portal, its file approved, the contract formed); the contract's order date is moved 70
 * days back in the database so that a one-month rental delivered then is overdue today.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type E2E, login, startE2E } from './harness.ts';
import { apiLogin, json } from './page-api.ts';

const ADV = { email: 'adv@alleo.example', password: 'demo-adv-2026!' };
const CLIENT = { email: 'it@transports-morel.example', password: 'demo-client-2026' };
const DAY = 86_400_000;
const parisDate = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
const addDays = (civil: string, days: number) =>
  new Date(Date.parse(`${civil}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const PDF = Buffer.from(
  '%PDF-1.4\n% attestation\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

async function text(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

describe('a rental from delivery to late return in Chromium', () => {
  let e: E2E;
  let contractId = '';
  let contractNumber = '';
  const today = parisDate(new Date());

  beforeAll(async () => {
    e = await startE2E();
    const sales = await e.newPage();
    let headers = await apiLogin(sales.request, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    const client = (await json(sales.request, `${e.baseUrl}/api/clients?q=Morel`)).items[0];
    const item = (await json(sales.request, `${e.baseUrl}/api/catalogue?q=FAP-231F`)).items[0];
    const created = await sales.request.post(`${e.baseUrl}/api/quotes`, {
      headers,
      data: {
        clientId: client.id,
        deliveryLeadTime: '1 semaine',
        lines: [{ kind: 'rental', catalogueItemId: item.id, quantity: 2, rentalMonths: 1 }],
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
    const review = await adv.request.post(`${e.baseUrl}/api/quotes/${quoteId}/rental-file/reviews`, {
      headers,
      data: { party: 'alleo', outcome: 'approved' },
    });
    expect(review.status()).toBe(201);
    const formed = await adv.request.post(`${e.baseUrl}/api/contracts`, { headers, data: { quoteId } });
    expect(formed.status()).toBe(201);
    const contract = (await formed.json()).contract;
    contractId = contract.id;
    contractNumber = contract.number;
    await adv.context().close();
    // The order was placed 70 days ago (test set-up only).
    await e.app.ctx.db
      .updateTable('contracts')
      .set({ order_date: addDays(today, -70), effective_date: addDays(today, -70) })
      .where('id', '=', contractId)
      .execute();
  });

  afterAll(() => e?.close());

  it('delivered, signed, insured, an incident reported, returned late: the indemnity is invoiced', async () => {
    // Order administration delivers the two access points, 65 days ago.
    const adv = await e.newPage();
    await login(adv, e.baseUrl, ADV.email, ADV.password);
    await adv.getByTestId('dashboard-welcome').waitFor();
    await adv.getByTestId('nav-deliveries').click();
    await expect.poll(() => text(adv, 'page-title')).toBe('Livraisons');
    await adv.getByTestId('delivery-contract').selectOption(contractId);
    await adv.getByTestId('delivery-serials-0').fill('FAP-E2E-001\nFAP-E2E-002');
    await adv.getByTestId('delivery-date').fill(addDays(today, -65));
    await adv.getByTestId('delivery-submit').click();
    await expect.poll(() => text(adv, 'delivery-created')).toBe(`Bon de livraison BL-${contractNumber}-01 émis`);
    // The contract has nothing left to deliver: it is in the "delivered" view, 2 units out of 2.
    await adv.getByTestId('deliveries-filter').getByText('Livrés', { exact: true }).click();
    await expect.poll(() => text(adv, `progress-row-${contractNumber}`)).toContain('2 / 2 unités livrées');
    await adv.context().close();

    // The client signs the delivery note in the portal, uploads its insurance, reports an incident.
    const client = await e.newPage();
    await login(client, e.baseUrl, CLIENT.email, CLIENT.password);
    await client.waitForURL(/\/portal/);
    await client.goto(`${e.baseUrl}/portal/contracts/${contractId}`);
    await client.getByTestId('rental-section').waitFor();
    await client.getByTestId('sign-name').fill('Marc Morel');
    await client.getByTestId('sign-title').fill('Directeur informatique');
    await client.getByTestId('sign-submit').click();
    await expect.poll(() => text(client, 'signed')).toContain('transfert des risques (art. 4.2.1)');
    await client.getByTestId('insurance-insurer').fill('AXA France');
    await client.getByTestId('insurance-starts').fill(addDays(today, -65));
    await client.getByTestId('insurance-expires').fill(addDays(today, 300));
    await client
      .getByTestId('insurance-file-input')
      .setInputFiles({ name: 'attestation.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => client.getByTestId('insurance-submit').isEnabled()).toBe(true);
    await client.getByTestId('insurance-submit').click();
    await expect.poll(() => text(client, 'insurance-certificate')).toContain('AXA France');
    await client.getByTestId('incident-serial').fill('FAP-E2E-001');
    const oneHourAgo = new Date(Date.now() - 3_600_000);
    const local = new Date(oneHourAgo.getTime() - oneHourAgo.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await client.getByTestId('incident-at').fill(local);
    await client.getByTestId('incident-description').fill('Borne arrachée par un chariot');
    await client.getByTestId('incident-submit').click();
    await expect.poll(() => text(client, 'incident-outcome')).toBe('déclaré dans les 48 heures');
    await expect.poll(() => text(client, 'rental-timeline')).toContain('art. 7');
    // One timeline: the delivery and the insurance certificate among the decisions, in date order.
    const factKinds = () =>
      client.getByTestId('rental-timeline-fact').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
    await expect.poll(factKinds).toEqual(['delivery', 'insurance']);
    // My equipment: both units, rented, owned by ALLEO (art. 4.2.5).
    await client.goto(`${e.baseUrl}/portal/equipment`);
    await client.getByTestId('unit-FAP-E2E-001').waitFor();
    expect(await client.getByTestId('unit-FAP-E2E-001').getAttribute('data-owner')).toBe('alleo');
    expect(await client.getByTestId('unit-FAP-E2E-002').getAttribute('data-owner')).toBe('alleo');
    await client.context().close();

    // The rental ended 35 days ago: order administration records the return today, late.
    const back = await e.newPage();
    await login(back, e.baseUrl, ADV.email, ADV.password);
    await back.getByTestId('dashboard-welcome').waitFor();
    await back.getByTestId('nav-rentals').click();
    await back.getByTestId('unit-FAP-E2E-001').waitFor();
    await back.getByTestId('rental-contract').selectOption(contractId);
    // The return instructions letter (art. 15.3) opens as a PDF.
    await back.getByTestId('instructions-place').fill('Entrepôt ALLEO, Sèvres');
    await back.getByTestId('instructions-signatory').fill('Claire Martin');
    const [letter] = await Promise.all([back.waitForEvent('popup'), back.getByTestId('instructions-submit').click()]);
    expect(letter.url()).toMatch(/^blob:/);
    await letter.close();
    // The incident was caused by misuse: its repair is invoiced (art. 4.2.4).
    await back.getByTestId('misuse-amount').fill('40');
    await back.getByTestId('misuse-submit').click();
    await back.getByTestId('misuse-invoiced').waitFor();
    await back.getByTestId('return-unit-FAP-E2E-001').check();
    await back.getByTestId('return-unit-FAP-E2E-002').check();
    await back.getByTestId('return-date').fill(today);
    await back.getByTestId('return-place').fill('Entrepôt ALLEO, Sèvres');
    await back.getByTestId('return-submit').click();
    await expect.poll(() => text(back, 'return-result')).toContain('Restitution tardive');
    const invoices = await json(back.request, `${e.baseUrl}/api/invoices?contractId=${contractId}&filter=draft`);
    // Two manual drafts: the misuse repair and the late-return indemnity.
    const drafts = [];
    for (const i of invoices.items.filter((x: { origin: string }) => x.origin === 'manual'))
      drafts.push((await json(back.request, `${e.baseUrl}/api/invoices/${i.id}`)).invoice);
    const labels = (d: { lines: Array<{ label: string }> }) => d.lines.map((l) => l.label).join(' ');
    expect(drafts).toHaveLength(2);
    const indemnity = drafts.find((d) => labels(d).includes("Indemnité d'immobilisation"));
    expect(indemnity).toBeTruthy();
    expect(drafts.some((d) => d !== indemnity && d.netCents === 4000)).toBe(true);
    // The invoice page shows it.
    await back.goto(`${e.baseUrl}/invoices/${indemnity.id}`);
    await expect.poll(async () => (await back.textContent('body')) ?? '').toContain("Indemnité d'immobilisation");
    // The contract's rental timeline ends with the return and its indemnity.
    await back.goto(`${e.baseUrl}/contracts/${contractId}`);
    const returned = back.locator('[data-testid="rental-timeline-fact"][data-kind="return"]');
    await expect.poll(async () => (await returned.textContent()) ?? '').toContain('Indemnité de retard facturée');
    await back.context().close();
  }, 150_000);
});
